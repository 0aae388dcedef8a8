package vn.ntm.criteria;

import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.ntm.geography.Region;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ntm.criteria.CriteriaFixtures.ADVANCED;
import static vn.ntm.criteria.CriteriaFixtures.advancedSet;
import static vn.ntm.criteria.CriteriaFixtures.in;
import static vn.ntm.criteria.CriteriaFixtures.modelSet;
import static vn.ntm.criteria.CriteriaFixtures.number;
import static vn.ntm.criteria.CriteriaFixtures.standardSet;

class ModelCommuneEvaluationTest {

	private static final EvaluationContext TAY_NGUYEN_2023 = in(Region.TN);

	private static SetResult model(String advancedIncome, String roads, String income, String modelIncome,
			String smartVillages) {
		SetResult standard = CriteriaEngine.evaluate(standardSet("90"), TAY_NGUYEN_2023,
				roads == null ? Map.of() : Map.of("2.1", number(roads)));
		SetResult advanced = CriteriaEngine.evaluate(advancedSet(advancedIncome), TAY_NGUYEN_2023,
				income == null ? Map.of() : Map.of("10", number(income)), standard);
		Map<String, IndicatorValue> values = new java.util.HashMap<>();
		if (modelIncome != null) values.put("KM2", number(modelIncome));
		if (smartVillages != null) values.put("KM3", number(smartVillages));
		return CriteriaEngine.evaluate(modelSet(), TAY_NGUYEN_2023, values, advanced);
	}

	private static IndicatorResult indicator(SetResult e, String code) {
		return e.criteria().stream().flatMap(c -> c.indicators().stream()).filter(r -> r.indicator().code().equals(code))
			.findFirst().orElseThrow();
	}

	@Test
	void aCommuneMeetingTheAdvancedAndStandardSetsMeetsTheFirstModelConditionWithoutTypingIt() {
		SetResult e = model("50", "95", "60", "56", "1");

		assertThat(indicator(e, "KM1").status()).isEqualTo(IndicatorStatus.MET);
		assertThat(indicator(e, "KM1").value()).isEqualTo(IndicatorValue.of(true));
		assertThat(e.allMet()).isTrue();
		assertThat(CriteriaEngine.tierReached(java.util.List.of(e, e.required(), e.required().required())))
			.contains(Tier.MODEL);
	}

	@Test
	void theModelIncomeLevelIsOnePointOneTimesTheAdvancedLevelOfTheSameYearAndRegion() {
		IndicatorResult justBelow = indicator(model("50", "95", "60", "54.99", "1"), "KM2");
		IndicatorResult atLevel = indicator(model("50", "95", "60", "55", "1"), "KM2");

		assertThat(justBelow.status()).isEqualTo(IndicatorStatus.NOT_MET);
		assertThat(atLevel.status()).isEqualTo(IndicatorStatus.MET);
		assertThat(atLevel.threshold().value()).isEqualTo("55");
		assertThat(indicator(model("45.5", "95", "60", "50.05", "1"), "KM2").threshold().value()).isEqualTo("50,05");
		assertThat(atLevel.threshold().verified()).isTrue();
		assertThat(atLevel.threshold().source()).startsWith("1,1 × 50 (QĐ 318)");
	}

	@Test
	void withTheAdvancedThresholdsUnknownTheModelCommuneCannotBeToldAndTheAdvancedSetIsNamed() {
		SetResult e = model(null, "95", "60", "70", "2");

		assertThat(indicator(e, "KM1").status()).isEqualTo(IndicatorStatus.THRESHOLD_UNKNOWN);
		assertThat(indicator(e, "KM1").value()).isNull();
		assertThat(indicator(e, "KM2").status()).isEqualTo(IndicatorStatus.THRESHOLD_UNKNOWN);
		assertThat(e.allMet()).isFalse();
		assertThat(e.status()).isEqualTo(IndicatorStatus.THRESHOLD_UNKNOWN);
		assertThat(e.thresholdsUnknownIn()).containsExactly(ADVANCED);
	}

	@Test
	void aCommuneThatLostTheStandardIsNotAModelCommuneWhateverItsOtherFigures() {
		SetResult e = model(null, "80", "60", "70", "2");

		assertThat(indicator(e, "KM1").status()).isEqualTo(IndicatorStatus.NOT_MET);
		assertThat(indicator(e, "KM1").value()).isEqualTo(IndicatorValue.of(false));
		assertThat(e.status()).isEqualTo(IndicatorStatus.NOT_MET);
		assertThat(e.thresholdsUnknownIn()).isEmpty();
	}

	@Test
	void withoutTheRequiredEvaluationTheFirstConditionCannotBeTold() {
		SetResult e = CriteriaEngine.evaluate(modelSet(), TAY_NGUYEN_2023, Map.of("KM2", number("70")));

		assertThat(indicator(e, "KM1").status()).isEqualTo(IndicatorStatus.THRESHOLD_UNKNOWN);
		assertThat(indicator(e, "KM2").status()).isEqualTo(IndicatorStatus.THRESHOLD_UNKNOWN);
		assertThat(indicator(e, "KM2").threshold().relativeTo().setCode()).isEqualTo(ADVANCED);
	}

	@Test
	void smartVillageModelsAreCountedAgainstAVerifiedThresholdOfOne() {
		assertThat(indicator(model("50", "95", "60", "56", "0"), "KM3").status()).isEqualTo(IndicatorStatus.NOT_MET);
		assertThat(indicator(model("50", "95", "60", "56", "3"), "KM3").status()).isEqualTo(IndicatorStatus.MET);
		assertThat(indicator(model("50", "95", "60", "56", null), "KM3").status()).isEqualTo(IndicatorStatus.NO_DATA);
	}
}
