package vn.ntm.criteria;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.WithNull;

import vn.ntm.geography.Region;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ntm.criteria.CriteriaFixtures.advancedSet;
import static vn.ntm.criteria.CriteriaFixtures.modelSet;
import static vn.ntm.criteria.CriteriaFixtures.standardSet;

class ModelCommuneProperties {

	private static final EvaluationContext TAY_NGUYEN_2023 = new EvaluationContext(Region.TN, "62", 2023);

	private static IndicatorValue value(BigDecimal n) {
		return n == null ? null : IndicatorValue.of(n);
	}

	private static SetResult advanced(BigDecimal advancedLevel, BigDecimal roads, BigDecimal income) {
		Map<String, IndicatorValue> standardValues = new HashMap<>();
		if (roads != null) standardValues.put("2.1", value(roads));
		SetResult standard = CriteriaEngine.evaluate(standardSet("90"), TAY_NGUYEN_2023, standardValues);
		Map<String, IndicatorValue> advancedValues = new HashMap<>();
		if (income != null) advancedValues.put("10", value(income));
		return CriteriaEngine.evaluate(advancedSet(advancedLevel == null ? null : advancedLevel.toPlainString()),
				TAY_NGUYEN_2023, advancedValues, standard);
	}

	private static SetResult model(SetResult advanced, BigDecimal modelIncome, int smartVillages) {
		Map<String, IndicatorValue> values = new HashMap<>();
		if (modelIncome != null) values.put("KM2", value(modelIncome));
		values.put("KM3", IndicatorValue.of(BigDecimal.valueOf(smartVillages)));
		return CriteriaEngine.evaluate(modelSet(), TAY_NGUYEN_2023, values, advanced);
	}

	private static IndicatorStatus km2(BigDecimal advancedLevel, BigDecimal modelIncome) {
		return model(advanced(advancedLevel, new BigDecimal("95"), new BigDecimal("100")), modelIncome, 1).criteria()
			.get(1).status();
	}

	@Property
	void aCommuneIsNeverModelWhenItIsNotAdvancedOrItCannotBeTold(
			@ForAll @WithNull(0.3) @BigRange(min = "10", max = "100") @Scale(1) BigDecimal advancedLevel,
			@ForAll @WithNull(0.2) @BigRange(min = "0", max = "100") @Scale(0) BigDecimal roads,
			@ForAll @WithNull(0.2) @BigRange(min = "0", max = "150") @Scale(1) BigDecimal income,
			@ForAll @WithNull(0.2) @BigRange(min = "0", max = "200") @Scale(1) BigDecimal modelIncome,
			@ForAll @IntRange(min = 0, max = 3) int smartVillages) {
		SetResult advanced = advanced(advancedLevel, roads, income);
		SetResult model = model(advanced, modelIncome, smartVillages);

		if (advanced.tierStatus() != IndicatorStatus.MET) {
			assertThat(model.allMet()).isFalse();
			assertThat(model.criteria().get(0).status()).isEqualTo(advanced.tierStatus());
		}
		if (model.allMet()) {
			assertThat(advanced.allMet()).isTrue();
			assertThat(advanced.required().allMet()).isTrue();
		}
	}

	@Property
	void aHigherAdvancedIncomeLevelNeverTurnsAModelIncomeFromNotMetIntoMet(
			@ForAll @BigRange(min = "1", max = "100") @Scale(2) BigDecimal level,
			@ForAll @BigRange(min = "0", max = "50") @Scale(2) BigDecimal raise,
			@ForAll @BigRange(min = "0", max = "200") @Scale(2) BigDecimal modelIncome,
			@ForAll @BigRange(min = "0", max = "50") @Scale(2) BigDecimal more) {
		IndicatorStatus atLevel = km2(level, modelIncome);
		IndicatorStatus atHigherLevel = km2(level.add(raise), modelIncome);
		IndicatorStatus withMoreIncome = km2(level, modelIncome.add(more));

		if (atLevel == IndicatorStatus.NOT_MET) {
			assertThat(atHigherLevel).isEqualTo(IndicatorStatus.NOT_MET);
		}
		if (atLevel == IndicatorStatus.MET) {
			assertThat(withMoreIncome).isEqualTo(IndicatorStatus.MET);
		}
		assertThat(atLevel == IndicatorStatus.MET)
			.isEqualTo(modelIncome.compareTo(level.multiply(new BigDecimal("1.10"))) >= 0);
	}

	@Property
	void anUnknownAdvancedIncomeLevelLeavesTheModelIncomeLevelUnknown(
			@ForAll @BigRange(min = "0", max = "1000") @Scale(2) BigDecimal modelIncome) {
		SetResult model = model(advanced(null, new BigDecimal("95"), new BigDecimal("60")), modelIncome, 1);
		IndicatorResult km2 = model.criteria().get(1).indicators().get(0);

		assertThat(km2.status()).isEqualTo(IndicatorStatus.THRESHOLD_UNKNOWN);
		assertThat(km2.threshold().known()).isFalse();
		assertThat(model.allMet()).isFalse();
	}
}
