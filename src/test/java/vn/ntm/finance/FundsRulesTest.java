package vn.ntm.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.ntm.finance.FundsSummary.Row;
import vn.ntm.finance.internal.CounterpartRules;
import vn.ntm.finance.internal.FundsLedger;
import vn.ntm.shared.Money;

/** Rates against plan, leftovers carried into the next year, the lagging first, and the counterpart check. */
class FundsRulesTest {

	static final CounterpartRules HALF = new CounterpartRules(List.of(new CounterpartRules.Rule(
			CapitalSource.CENTRAL_INVESTMENT, Set.of(CapitalSource.PROVINCIAL, CapitalSource.DISTRICT_COMMUNE),
			BigDecimal.valueOf(50), "test", false)));

	static Allocation allocation(long id, int year, CapitalSource source, String unit, long amount) {
		return new Allocation(id, "51", year, source, unit, unit, null, Money.dong(amount), 0);
	}

	static Disbursement paid(long allocation, long amount, LocalDate on) {
		return new Disbursement(allocation * 100 + on.getDayOfYear(), allocation, Money.dong(amount), on, "CT", "t",
				Instant.EPOCH);
	}

	@Test
	void theRateIsDisbursedAgainstPlanAndTheLaggingComeFirst() {
		List<Allocation> all = List.of(allocation(1, 2024, CapitalSource.PROVINCIAL, "23512", 1_000_000_000L),
				allocation(2, 2024, CapitalSource.CREDIT, "23512", 300_000_000L),
				allocation(3, 2024, CapitalSource.COMMUNITY_CASH, "23512", 0));
		FundsSummary s = FundsLedger.summarize("51", 2024, all, List.of(paid(1, 960_000_000L, LocalDate.of(2024, 3, 1)),
				paid(2, 100_000_000L, LocalDate.of(2024, 5, 2)), paid(2, 1, LocalDate.of(2024, 5, 3))), HALF);
		assertThat(s.rows()).extracting(r -> r.allocation().id()).containsExactly(2L, 1L, 3L);
		assertThat(s.rows().get(0).rate().value()).isEqualByComparingTo("33.3");
		assertThat(s.rows().get(1).rate().value()).isEqualByComparingTo("96.0");
		assertThat(s.rows().get(2).rate()).isNull();
		assertThat(s.disbursed()).isEqualTo(Money.dong(1_060_000_001L));
		assertThat(s.plan()).isEqualTo(Money.dong(1_300_000_000L));
		assertThat(s.rate().value()).isEqualByComparingTo("81.5");
		assertThat(s.months().get(2)).isEqualTo(Money.dong(960_000_000L));
		assertThat(s.months().get(4)).isEqualTo(Money.dong(100_000_001L));
		assertThat(s.bySource()).extracting(FundsSummary.SourceTotal::source).containsExactly(CapitalSource.PROVINCIAL,
				CapitalSource.CREDIT, CapitalSource.COMMUNITY_CASH);
	}

	@Test
	void anAllocationNotFullyDisbursedCarriesItsRemainderIntoTheNextYearOnly() {
		List<Allocation> all = List.of(allocation(1, 2023, CapitalSource.PROVINCIAL, "23512", 800_000_000L),
				allocation(2, 2023, CapitalSource.CREDIT, "23512", 100_000_000L),
				allocation(3, 2024, CapitalSource.PROVINCIAL, "23512", 50_000_000L));
		List<Disbursement> paid = List.of(paid(1, 300_000_000L, LocalDate.of(2023, 6, 1)),
				paid(2, 100_000_000L, LocalDate.of(2023, 7, 1)), paid(1, 100_000_000L, LocalDate.of(2024, 2, 1)),
				paid(1, 400_000_000L, LocalDate.of(2025, 2, 1)));
		FundsSummary y2023 = FundsLedger.summarize("51", 2023, all, paid, HALF);
		assertThat(y2023.rows()).extracting(r -> r.allocation().id()).containsExactly(1L, 2L);
		assertThat(y2023.rows().getFirst().rate().value()).isEqualByComparingTo("37.5");
		FundsSummary y2024 = FundsLedger.summarize("51", 2024, all, paid, HALF);
		Row carried = y2024.rows().stream().filter(Row::carried).findFirst().orElseThrow();
		assertThat(carried.allocation().id()).isEqualTo(1L);
		assertThat(carried.plan()).isEqualTo(Money.dong(500_000_000L));
		assertThat(carried.disbursed()).isEqualTo(Money.dong(100_000_000L));
		assertThat(carried.remaining()).isEqualTo(Money.dong(400_000_000L));
		assertThat(carried.rate().value()).isEqualByComparingTo("20.0");
		// the fully disbursed allocation is not carried
		assertThat(y2024.rows()).extracting(r -> r.allocation().id()).containsExactly(3L, 1L);
		assertThat(y2024.carried()).isEqualTo(Money.dong(500_000_000L));
		assertThat(y2024.plan()).isEqualTo(Money.dong(50_000_000L));
		FundsSummary y2025 = FundsLedger.summarize("51", 2025, all, paid, HALF);
		assertThat(y2025.rows().stream().filter(r -> r.allocation().id() == 1L).findFirst().orElseThrow().plan())
			.isEqualTo(Money.dong(400_000_000L));
	}

	@Test
	void aCentralAllocationLacksTheLocalShareNotAllocatedToTheSameUnitAndProject() {
		List<Allocation> year = List.of(allocation(1, 2024, CapitalSource.CENTRAL_INVESTMENT, "23512", 1_000_000_001L),
				allocation(2, 2024, CapitalSource.PROVINCIAL, "23512", 200_000_000L),
				allocation(3, 2024, CapitalSource.DISTRICT_COMMUNE, "23512", 100_000_000L),
				allocation(4, 2024, CapitalSource.PROVINCIAL, "23509", 900_000_000L),
				allocation(5, 2024, CapitalSource.CENTRAL_INVESTMENT, "23512", 100_000_000L),
				allocation(6, 2024, CapitalSource.CENTRAL_INVESTMENT, "23509", 1_000_000_000L));
		var checks = HALF.check(year);
		// half of 1.000.000.001 rounded up to the dong, less the 300.000.000 of local budgets
		assertThat(checks.get(1L).shortfall()).isEqualTo(Money.dong(200_000_001L));
		// the local share already counted for the first is not counted again
		assertThat(checks.get(5L).shortfall()).isEqualTo(Money.dong(50_000_000L));
		assertThat(checks.get(6L).shortfall()).isEqualTo(Money.ZERO);
		assertThat(checks).doesNotContainKeys(2L, 3L, 4L);
	}

	@Test
	void theRulesOnTheClasspathNameTheirBasisAndSayTheyAreNotVerified() {
		CounterpartRules rules = CounterpartRules.fromClasspath();
		assertThat(rules.rules()).isNotEmpty().allSatisfy(r -> {
			assertThat(r.basis()).isNotBlank();
			assertThat(r.verified()).isFalse();
		});
	}
}
