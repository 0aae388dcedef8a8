package vn.ntm.recognition;

import java.time.OffsetDateTime;

/**
 * A department's appraisal (thẩm định) of one criterion of a dossier, visible to every appraiser.
 *
 * @param organizationId the department that appraised it, null when the coordination office did (no department owns
 *                       the criterion)
 * @param evidenceAdded  the unit attached more evidence since the department asked for it
 */
public record Appraisal(long id, long dossierId, int criterionNumber, Verdict verdict, String reason,
		Long organizationId, String organizationName, String appraisedBy, OffsetDateTime appraisedAt,
		boolean evidenceAdded, long version) {

	public enum Verdict {
		AGREE, DISAGREE, MORE_EVIDENCE
	}
}
