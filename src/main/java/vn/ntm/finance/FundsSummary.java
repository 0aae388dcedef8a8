package vn.ntm.finance;

import java.util.List;

import vn.ntm.shared.Money;
import vn.ntm.shared.Percent;

/**
 * A province's funds in a year: each allocation with its plan, what was disbursed in the year and the rate, the
 * lagging first (lowest rate); the leftovers of earlier years' allocations carried in; totals per source and for the
 * province; the money disbursed month by month.
 *
 * @param plan    the year's own allocations
 * @param carried the remainders of earlier years' allocations at the start of the year
 * @param rate    disbursed against plan plus carried; null when both are zero
 */
public record FundsSummary(String provinceCode, int year, List<Row> rows, List<SourceTotal> bySource, Money plan,
		Money carried, Money disbursed, Percent rate, List<Money> months) {

	public FundsSummary {
		rows = List.copyOf(rows);
		bySource = List.copyOf(bySource);
		months = List.copyOf(months);
	}

	/**
	 * @param carried              true for an allocation of an earlier year whose remainder is carried into this one
	 * @param plan                 the allocation's amount, or for a carried one its remainder at the start of the year
	 * @param disbursed            disbursed within the year
	 * @param counterpartShortfall the local share missing under a counterpart rule; null when no rule applies
	 */
	public record Row(Allocation allocation, boolean carried, Money plan, Money disbursed, Money remaining, Percent rate,
			Money counterpartShortfall, String counterpartBasis) {

		public boolean counterpartShort() {
			return counterpartShortfall != null && counterpartShortfall.dong().signum() > 0;
		}
	}

	public record SourceTotal(CapitalSource source, Money plan, Money disbursed, Percent rate) {
	}
}
