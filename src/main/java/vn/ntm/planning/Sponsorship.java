package vn.ntm.planning;

import java.math.BigDecimal;

import vn.ntm.shared.Percent;

/**
 * A sponsor's (đơn vị đỡ đầu, tài trợ) commitment to a unit for a year and the money mobilised so far, in VND.
 *
 * @param sponsorId the sponsor organization (held by id)
 * @param demo      invented by the demo data set
 */
public record Sponsorship(long id, long sponsorId, String sponsorName, String provinceCode, String unitCode,
		String unitName, int year, BigDecimal committedVnd, BigDecimal mobilisedVnd, String note, boolean demo,
		long version) {

	/** Mobilised as a share of committed, in percent with one decimal; null when nothing was committed. */
	public Percent percentMobilised() {
		return new Sponsorships.Totals(committedVnd, mobilisedVnd).percentMobilised();
	}
}
