package vn.ntm.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

import vn.ntm.finance.FundsSummary.Row;
import vn.ntm.finance.internal.FundsLedger;
import vn.ntm.shared.Money;

/** Whatever the amounts, the totals are the exact sums of the rows, and carried plus paid give back the allocation. */
class FundsSumProperties {

	@Property
	void totalsAreExactSumsOfAnyAmounts(
			@ForAll @Size(min = 1, max = 30) List<@LongRange(min = 0, max = 900_000_000_000_000L) Long> amounts,
			@ForAll @LongRange(min = 0, max = 100) long paidPercent) {
		List<Allocation> all = new ArrayList<>();
		List<Disbursement> paid = new ArrayList<>();
		BigDecimal planned = BigDecimal.ZERO;
		BigDecimal disbursedLastYear = BigDecimal.ZERO;
		for (int k = 0; k < amounts.size(); k++) {
			long amount = amounts.get(k);
			CapitalSource source = CapitalSource.values()[k % CapitalSource.values().length];
			all.add(new Allocation(k + 1, "51", 2023, source, "23512", "x", null, Money.dong(amount), 0));
			planned = planned.add(BigDecimal.valueOf(amount));
			long part = BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(paidPercent))
				.divide(BigDecimal.valueOf(100), 0, java.math.RoundingMode.DOWN).longValueExact();
			if (part > 0) {
				paid.add(new Disbursement(k + 1, k + 1, Money.dong(part), LocalDate.of(2023, 1 + k % 12, 1), "CT", "t",
						Instant.EPOCH));
				disbursedLastYear = disbursedLastYear.add(BigDecimal.valueOf(part));
			}
		}
		FundsSummary y2023 = FundsLedger.summarize("51", 2023, all, paid, FundsRulesTest.HALF);
		assertThat(y2023.plan().dong()).isEqualByComparingTo(planned);
		assertThat(y2023.disbursed().dong()).isEqualByComparingTo(disbursedLastYear);
		assertThat(y2023.bySource().stream().map(FundsSummary.SourceTotal::plan).reduce(Money.ZERO, Money::plus).dong())
			.isEqualByComparingTo(planned);
		assertThat(y2023.months().stream().reduce(Money.ZERO, Money::plus).dong())
			.isEqualByComparingTo(disbursedLastYear);
		FundsSummary y2024 = FundsLedger.summarize("51", 2024, all, paid, FundsRulesTest.HALF);
		assertThat(y2024.carried().dong()).isEqualByComparingTo(planned.subtract(disbursedLastYear));
		assertThat(y2024.rows()).allMatch(Row::carried).allMatch(r -> r.plan().dong().signum() > 0);
		for (Row r : y2024.rows()) {
			Money before = paid.stream().filter(d -> d.allocationId() == r.allocation().id()).map(Disbursement::amount)
				.reduce(Money.ZERO, Money::plus);
			assertThat(r.plan().plus(before)).isEqualTo(r.allocation().amount());
		}
	}
}
