package vn.ntm.recognition;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * A dossier as its page shows it: the checklist, each criterion with its result and its appraisal, the history and
 * what the current user may do now.
 *
 * @param appraisable the criteria the current user may appraise now
 */
public record DossierView(Dossier dossier, long daysWaited, List<ChecklistLine> checklist, List<CriterionLine> criteria,
		List<Document> documents, List<HistoryLine> history, Set<DossierAction> allowed,
		Set<Integer> appraisable) {

	/** A required document and whether the unit has attached it (a generated one is always there). */
	public record ChecklistLine(ChecklistItem item, boolean present) {
	}

	/**
	 * @param ownerName  the department that owns and appraises it, null when the coordination office does
	 * @param evidence   its result for the dossier's year, null when the data could not be read
	 * @param appraisal  the appraisal recorded, else null
	 */
	public record CriterionLine(int number, String nameVi, String nameEn, Long ownerId, String ownerName,
			DossierEvidence.CriterionResult evidence, Appraisal appraisal) {
	}

	public record Document(long id, String itemCode, Integer criterionNumber, String filename, String attachedBy,
			OffsetDateTime attachedAt) {
	}

	/** One action taken, oldest first; a returned dossier keeps every line. */
	public record HistoryLine(DossierAction action, DossierStep from, DossierStep to, Integer criterion, String note,
			String actedBy, OffsetDateTime actedAt, long daysWaited) {
	}

	public LocalDate openedOn() {
		return dossier.openedOn();
	}
}
