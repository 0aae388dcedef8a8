package vn.ntm.recognition;

import vn.ntm.criteria.Tier;

/**
 * An official acted on a dossier, published in the same transaction, for the notices to those who act next.
 *
 * @param from        the step before (equal to {@code to} for an appraisal or added evidence)
 * @param daysWaited  whole days the dossier had waited in {@code from}
 * @param criterion   the criterion appraised or evidenced, else null
 */
public record DossierStepTaken(long dossierId, String unitCode, String provinceCode, Tier tier, int year,
		DossierAction action, DossierStep from, DossierStep to, long daysWaited, Integer criterion, String actedBy) {
}
