package vn.ntm.recognition;

/** What an official does to a dossier; each is allowed to some people in some steps only. */
public enum DossierAction {
	/** The unit (or its district, or the office since 2025) opens a dossier in draft. */
	OPEN,
	/** The unit sends its dossier (again, after a return). */
	SUBMIT,
	/** The district has reviewed its commune's dossier (before 1 July 2025). */
	REVIEW_AS_DISTRICT,
	/** The coordination office opens the province's appraisal. */
	START_APPRAISAL,
	/** A department appraises a criterion it owns. */
	APPRAISE,
	/** The unit attaches a required document or more evidence for a criterion. */
	ADD_EVIDENCE,
	/** The appraisal council's conclusion, once every criterion is agreed. */
	CONCLUDE,
	/** The chair's decision (number, date, signer), recorded as a recognition. */
	DECIDE,
	/** The decision is made public. */
	PUBLISH,
	/** Back to the unit with a reason. */
	RETURN
}
