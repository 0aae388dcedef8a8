package vn.ntm.finance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.ntm.finance.Allocation;
import vn.ntm.finance.CapitalSource;
import vn.ntm.finance.Disbursement;
import vn.ntm.finance.FundsSummary;
import vn.ntm.finance.FundsSummary.Row;
import vn.ntm.finance.FundsSummary.SourceTotal;
import vn.ntm.shared.Money;
import vn.ntm.shared.Percent;

/**
 * The money arithmetic of a province's year, exact: each allocation's plan, what was disbursed within the year and
 * the rate; an earlier year's allocation not fully disbursed by the start of the year carries its remainder in as
 * the plan of a carried row; the counterpart checks of the year's own allocations; totals per source and month.
 */
public final class FundsLedger {

	private FundsLedger() {
	}

	/**
	 * @param allocations   the province's allocations of the year and earlier years
	 * @param disbursements their disbursements paid up to the end of the year (later ones are ignored)
	 */
	public static FundsSummary summarize(String province, int year, List<Allocation> allocations,
			List<Disbursement> disbursements, CounterpartRules rules) {
		LocalDate start = LocalDate.of(year, 1, 1);
		Map<Long, Money> before = new HashMap<>();
		Map<Long, Money> within = new HashMap<>();
		List<Money> months = new ArrayList<>(java.util.Collections.nCopies(12, Money.ZERO));
		for (Disbursement d : disbursements) {
			if (d.paidOn().getYear() > year) {
				continue;
			}
			if (d.paidOn().isBefore(start)) {
				before.merge(d.allocationId(), d.amount(), Money::plus);
			}
			else {
				within.merge(d.allocationId(), d.amount(), Money::plus);
				int m = d.paidOn().getMonthValue() - 1;
				months.set(m, months.get(m).plus(d.amount()));
			}
		}
		List<Allocation> own = allocations.stream().filter(a -> a.year() == year).toList();
		Map<Long, CounterpartRules.Check> checks = rules.check(own);
		List<Row> rows = new ArrayList<>();
		Money plan = Money.ZERO;
		Money carried = Money.ZERO;
		Money disbursed = Money.ZERO;
		for (Allocation a : allocations) {
			if (a.year() > year) {
				continue;
			}
			Money opening = a.amount().minus(before.getOrDefault(a.id(), Money.ZERO));
			boolean isCarried = a.year() < year;
			if (isCarried && opening.dong().signum() <= 0) {
				continue;
			}
			Money paid = within.getOrDefault(a.id(), Money.ZERO);
			CounterpartRules.Check check = isCarried ? null : checks.get(a.id());
			rows.add(new Row(a, isCarried, opening, paid, opening.minus(paid), paid.shareOf(opening),
					check == null ? null : check.shortfall(), check == null ? null : check.basis()));
			if (isCarried) {
				carried = carried.plus(opening);
			}
			else {
				plan = plan.plus(opening);
			}
			disbursed = disbursed.plus(paid);
		}
		rows.sort(Comparator.comparing(Row::rate, Comparator.nullsLast(Comparator.<Percent>naturalOrder()))
			.thenComparing(r -> r.allocation().year()).thenComparingLong(r -> r.allocation().id()));
		return new FundsSummary(province, year, rows, bySource(rows), plan, carried, disbursed,
				disbursed.shareOf(plan.plus(carried)), months);
	}

	private static List<SourceTotal> bySource(List<Row> rows) {
		Map<CapitalSource, Money[]> sums = new EnumMap<>(CapitalSource.class);
		for (Row r : rows) {
			Money[] s = sums.computeIfAbsent(r.allocation().source(), k -> new Money[] { Money.ZERO, Money.ZERO });
			s[0] = s[0].plus(r.plan());
			s[1] = s[1].plus(r.disbursed());
		}
		List<SourceTotal> totals = new ArrayList<>();
		sums.forEach((source, s) -> totals.add(new SourceTotal(source, s[0], s[1], s[1].shareOf(s[0]))));
		return totals;
	}
}
