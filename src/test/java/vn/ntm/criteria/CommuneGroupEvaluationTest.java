package vn.ntm.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ntm.criteria.CriteriaFixtures.atLeast;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CommuneGroupEvaluationTest {

	// Quyết định 51/2025/QĐ-TTg: levels by commune group; these figures are illustrative
	private static final Indicator ROADS = atLeast("2.1", CommuneGroupThresholdProperties.forGroup("N1", "100"),
			CommuneGroupThresholdProperties.forGroup("N2", "90"), CommuneGroupThresholdProperties.forGroup("N3", "70"));
	private static final Indicator HALL = atLeast("2.2", CommuneGroupThresholdProperties.forGroup("N1", "80"));

	@Test
	void aCommuneOfGroupN3IsJudgedAgainstTheN3Level() {
		var result = CriteriaEngine.evaluate(ROADS, new EvaluationContext(null, "51", 2026, "N3"),
				IndicatorValue.of(new BigDecimal("75")));
		assertThat(result.status()).isEqualTo(IndicatorStatus.MET);
		assertThat(result.threshold().value()).isEqualTo("70");
		assertThat(CriteriaEngine.evaluate(ROADS, new EvaluationContext(null, "51", 2026, "N2"),
				IndicatorValue.of(new BigDecimal("75"))).status()).isEqualTo(IndicatorStatus.NOT_MET);
	}

	@Test
	void aCommuneWithoutAGroupOrAnIndicatorWithoutItsGroupsLevelIsThresholdUnknown() {
		assertThat(CriteriaEngine.evaluate(ROADS, new EvaluationContext(null, "51", 2026),
				IndicatorValue.of(new BigDecimal("100"))).status()).isEqualTo(IndicatorStatus.THRESHOLD_UNKNOWN);
		CriteriaSet set = new CriteriaSet("xa-ntm-2026-2030", 2, "Bộ tiêu chí 2026 - 2030", null, SetLevel.COMMUNE,
				Tier.STANDARD, LocalDate.of(2026, 1, 1), null, null, null, "51",
				List.of(new Criterion(2, null, "Hạ tầng kinh tế - xã hội", null, List.of(ROADS, HALL))));
		SetResult result = CriteriaEngine.evaluate(set, new EvaluationContext(null, "51", 2026, "N3"),
				Map.of("2.1", IndicatorValue.of(new BigDecimal("95")), "2.2", IndicatorValue.of(new BigDecimal("95"))));
		assertThat(result.criteria().getFirst().indicators().get(1).status()).isEqualTo(IndicatorStatus.THRESHOLD_UNKNOWN);
		assertThat(result.criteria().getFirst().status()).isEqualTo(IndicatorStatus.THRESHOLD_UNKNOWN);
		assertThat(result.allMet()).isFalse();
	}
}
