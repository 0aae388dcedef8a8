package vn.ntm.recognition;

/**
 * Where a dossier (hồ sơ đề nghị xét công nhận) stands. {@link #DISTRICT_REVIEWED} only exists for dossiers of a
 * unit that had a district when it was opened (before 1 July 2025); {@link #RETURNED} sends it back to the unit.
 */
public enum DossierStep {
	DRAFT, SUBMITTED, DISTRICT_REVIEWED, APPRAISAL, COUNCIL_CONCLUDED, DECIDED, PUBLISHED, RETURNED;

	/** True once the decision is taken: nothing moves it any more. */
	public boolean closed() {
		return this == DECIDED || this == PUBLISHED;
	}
}
