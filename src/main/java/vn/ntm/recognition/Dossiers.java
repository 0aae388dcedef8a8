package vn.ntm.recognition;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import vn.ntm.criteria.Tier;

/**
 * The dossier workflow: a unit opens a dossier for a tier and a year, attaches the required documents and submits
 * it; the district reviews it (before 2025), each department appraises the criteria it owns, the council concludes,
 * the chair decides (recorded as a {@link Recognition}) and the decision is published. Every action is checked
 * against who may take it, audited, and published as {@link DossierStepTaken}.
 *
 * @see DossierRefused for every refusal (nothing changed)
 */
public interface Dossiers {

	/** Opens a dossier in {@link DossierStep#DRAFT}; refused when the tier's prerequisite is not held. */
	Dossier open(String unitCode, Tier tier, int year);

	/** Takes an action on the dossier whose version the official read; a stale version is a conflict. */
	Dossier take(long id, StepRequest request);

	/** Attaches a document (a checklist item, or evidence for a criterion); the unit's action {@code ADD_EVIDENCE}. */
	Dossier attach(long id, Attachment attachment);

	Optional<Dossier> find(long id);

	/** The dossiers the current user may read, filtered by any of the criteria given (null: any). */
	List<Dossier> list(String unitCode, Tier tier, Integer year, DossierStep step);

	/** The dossier with everything its page shows; refused when the current user may not read it. */
	DossierView view(long id);

	/** The content of an attached document. */
	Optional<byte[]> document(long dossierId, long documentId);

	/**
	 * @param version        the dossier's version as read ({@code APPRAISE}: the criterion's appraisal version, or
	 *                       -1 when it had none)
	 * @param reason         why it is returned, disagreed or more evidence is asked; the council's conclusion
	 */
	record StepRequest(DossierAction action, long version, String reason, Integer criterion,
			Appraisal.Verdict verdict, String decisionNumber, LocalDate decisionDate, String signer, String issuer) {

		public static StepRequest of(DossierAction action, long version) {
			return new StepRequest(action, version, null, null, null, null, null, null, null);
		}
	}

	/** @param itemCode a checklist item's code, or null for evidence of {@code criterion} */
	record Attachment(String itemCode, Integer criterion, String filename, String mediaType, byte[] content) {
	}
}
