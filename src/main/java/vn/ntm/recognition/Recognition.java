package vn.ntm.recognition;

import java.time.LocalDate;

import vn.ntm.criteria.Tier;

/**
 * A decision recognising a unit at a tier (quyết định công nhận), possibly revoked later (thu hồi).
 *
 * @param demo true for decisions invented by the demo data set
 */
public record Recognition(long id, String unitCode, Tier tier, String decisionNumber, LocalDate decisionDate,
		String issuer, String setCode, String note, LocalDate revokedOn, String revocationNumber,
		String revocationReason, boolean demo, long version) {

	/** In force on {@code date}: decided on or before it and not revoked by then. */
	public boolean heldOn(LocalDate date) {
		return !decisionDate.isAfter(date) && (revokedOn == null || revokedOn.isAfter(date));
	}
}
