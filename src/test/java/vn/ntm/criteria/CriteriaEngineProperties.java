package vn.ntm.criteria;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Positive;
import net.jqwik.api.constraints.Scale;

import vn.ntm.geography.Region;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ntm.criteria.CriteriaFixtures.atLeast;
import static vn.ntm.criteria.CriteriaFixtures.atMost;
import static vn.ntm.criteria.CriteriaFixtures.forProvince;
import static vn.ntm.criteria.CriteriaFixtures.forRegion;
import static vn.ntm.criteria.CriteriaFixtures.forYear;
import static vn.ntm.criteria.CriteriaFixtures.national;

class CriteriaEngineProperties {

	@Property
	void raisingAValueUnderAtLeastNeverTurnsMetIntoNotMet(
			@ForAll @BigRange(min = "0", max = "1000") @Scale(2) BigDecimal threshold,
			@ForAll @BigRange(min = "0", max = "1000") @Scale(2) BigDecimal value,
			@ForAll @BigRange(min = "0", max = "1000") @Scale(2) BigDecimal raise, @ForAll Region region) {
		Indicator indicator = atLeast("x", forRegion(region, threshold.toPlainString()));
		EvaluationContext context = new EvaluationContext(region, "62", 2023);
		IndicatorStatus before = CriteriaEngine.evaluate(indicator, context, IndicatorValue.of(value)).status();
		IndicatorStatus after = CriteriaEngine.evaluate(indicator, context, IndicatorValue.of(value.add(raise))).status();
		if (before == IndicatorStatus.MET) {
			assertThat(after).isEqualTo(IndicatorStatus.MET);
		}
	}

	@Property
	void loweringAValueUnderAtMostNeverTurnsMetIntoNotMet(
			@ForAll @BigRange(min = "0", max = "100") @Scale(1) BigDecimal threshold,
			@ForAll @BigRange(min = "0", max = "100") @Scale(1) BigDecimal value,
			@ForAll @BigRange(min = "0", max = "100") @Scale(1) BigDecimal lower) {
		Indicator indicator = atMost("x", national(threshold.toPlainString()));
		EvaluationContext context = new EvaluationContext(Region.TN, "62", 2023);
		IndicatorStatus before = CriteriaEngine.evaluate(indicator, context, IndicatorValue.of(value)).status();
		IndicatorStatus after = CriteriaEngine.evaluate(indicator, context, IndicatorValue.of(value.subtract(lower))).status();
		if (before == IndicatorStatus.MET) {
			assertThat(after).isEqualTo(IndicatorStatus.MET);
		}
	}

	/** A random set: some thresholds unknown, some values missing; values and thresholds around each other. */
	record Case(CriteriaSet set, Map<String, IndicatorValue> values, EvaluationContext context) {
	}

	@Provide
	Arbitrary<Case> cases() {
		Arbitrary<String> thresholdValue = Arbitraries.integers().between(0, 100).map(String::valueOf)
			.injectNull(0.2);
		Arbitrary<Threshold> threshold = Combinators.combine(Arbitraries.of(Region.class).injectNull(0.5), thresholdValue)
			.as((r, v) -> new Threshold(r, null, null, v, "t", false, false));
		Arbitrary<Indicator> indicator = Combinators.combine(Arbitraries.of(Comparison.AT_LEAST, Comparison.AT_MOST),
				threshold.list().ofMinSize(0).ofMaxSize(3))
			.as((c, ts) -> new Indicator("?", "?", null, "%", ValueType.PERCENT, c, null, ts, false, null));
		Arbitrary<List<List<Indicator>>> shape = indicator.list().ofMinSize(0).ofMaxSize(5).list().ofMinSize(0)
			.ofMaxSize(8);
		Arbitrary<List<Integer>> rawValues = Arbitraries.integers().between(0, 100).injectNull(0.2).list().ofSize(40);
		return Combinators.combine(shape, rawValues, Arbitraries.of(Region.class), Arbitraries.of(Tier.class))
			.as((criteria, raw, region, tier) -> {
				List<Criterion> list = new ArrayList<>();
				Map<String, IndicatorValue> values = new HashMap<>();
				int n = 0;
				for (int c = 0; c < criteria.size(); c++) {
					List<Indicator> indicators = new ArrayList<>();
					for (Indicator i : criteria.get(c)) {
						String code = (c + 1) + "." + (indicators.size() + 1);
						indicators.add(new Indicator(code, code, null, i.unit(), i.valueType(), i.comparison(), null,
								i.thresholds(), false, null));
						Integer v = raw.get(n++ % raw.size());
						if (v != null) {
							values.put(code, IndicatorValue.of(BigDecimal.valueOf(v)));
						}
					}
					list.add(new Criterion(c + 1, null, "T" + (c + 1), null, indicators));
				}
				CriteriaSet set = new CriteriaSet("s", 1, "s", null, SetLevel.COMMUNE, tier, null, null, null, null,
						null, list);
				return new Case(set, values, new EvaluationContext(region, "62", 2023));
			});
	}

	@Property
	void noDataAndThresholdUnknownNeverCountAsMet(@ForAll("cases") Case c) {
		SetResult e = CriteriaEngine.evaluate(c.set(), c.context(), c.values());
		for (CriterionResult r : e.criteria()) {
			boolean anyUnsure = r.indicators().stream().anyMatch(i -> i.status() == IndicatorStatus.NO_DATA
					|| i.status() == IndicatorStatus.THRESHOLD_UNKNOWN);
			if (anyUnsure) {
				assertThat(r.met()).isFalse();
			}
		}
	}

	@Property
	void aCriterionIsMetIffAllItsIndicatorsAreMet(@ForAll("cases") Case c) {
		for (CriterionResult r : CriteriaEngine.evaluate(c.set(), c.context(), c.values()).criteria()) {
			boolean allMet = !r.indicators().isEmpty()
					&& r.indicators().stream().allMatch(i -> i.status() == IndicatorStatus.MET);
			assertThat(r.met()).isEqualTo(allMet);
		}
	}

	@Property
	void criteriaMetNeverExceedsTheTotal(@ForAll("cases") Case c) {
		SetResult e = CriteriaEngine.evaluate(c.set(), c.context(), c.values());
		assertThat(e.criteriaMet()).isBetween(0, e.criteriaTotal());
		assertThat(e.allMet()).isEqualTo(e.criteriaTotal() > 0 && e.criteriaMet() == e.criteriaTotal());
	}

	@Property
	void theTierReachedIsMonotone(@ForAll("cases") Case a, @ForAll("cases") Case b, @ForAll("cases") Case m) {
		SetResult standard = evaluateAs(a, Tier.STANDARD);
		SetResult advanced = evaluateAs(b, Tier.ADVANCED);
		SetResult model = evaluateAs(m, Tier.MODEL);
		var reached = CriteriaEngine.tierReached(List.of(model, advanced, standard));
		reached.ifPresent(tier -> {
			assertThat(standard.allMet()).isTrue();
			if (tier.compareTo(Tier.ADVANCED) >= 0) {
				assertThat(advanced.allMet()).isTrue();
			}
			if (tier == Tier.MODEL) {
				assertThat(model.allMet()).isTrue();
			}
		});
		if (standard.allMet() && advanced.allMet()) {
			assertThat(reached).hasValueSatisfying(t -> assertThat(t).isGreaterThanOrEqualTo(Tier.ADVANCED));
		}
	}

	private static SetResult evaluateAs(Case c, Tier tier) {
		CriteriaSet s = c.set();
		CriteriaSet asTier = new CriteriaSet(s.code(), 1, s.nameVi(), null, s.level(), tier, null, null, null, null, null,
				s.criteria());
		return CriteriaEngine.evaluate(asTier, c.context(), c.values());
	}

	@Property
	void aProvincesOwnThresholdBeatsTheNationalOne(@ForAll @IntRange(max = 100) int nationalValue,
			@ForAll @IntRange(max = 100) int provinceValue, @ForAll Region region, @ForAll boolean provinceFirst) {
		Threshold nationalForRegion = forRegion(region, String.valueOf(nationalValue));
		Threshold own = forProvince("62", String.valueOf(provinceValue));
		Indicator indicator = provinceFirst ? atLeast("x", own, nationalForRegion) : atLeast("x", nationalForRegion, own);
		assertThat(CriteriaEngine.applicableThreshold(indicator, new EvaluationContext(region, "62", 2023)))
			.hasValue(own);
		assertThat(CriteriaEngine.applicableThreshold(indicator, new EvaluationContext(region, "14", 2023)))
			.hasValue(nationalForRegion);
	}

	@Property
	void aSpecificRegionThresholdBeatsTheOneForAllRegions(@ForAll @IntRange(max = 100) int all,
			@ForAll @IntRange(max = 100) int specific, @ForAll Region region, @ForAll boolean regionFirst) {
		Threshold forAll = national(String.valueOf(all));
		Threshold forThisRegion = forRegion(region, String.valueOf(specific));
		Indicator indicator = regionFirst ? atLeast("x", forThisRegion, forAll) : atLeast("x", forAll, forThisRegion);
		assertThat(CriteriaEngine.applicableThreshold(indicator, new EvaluationContext(region, null, 2023)))
			.hasValue(forThisRegion);
	}

	@Property
	void aYearWithoutAThresholdIsThresholdUnknown(@ForAll @IntRange(min = 2021, max = 2030) int listedYear,
			@ForAll @IntRange(min = 2021, max = 2030) int year, @ForAll Region region,
			@ForAll @IntRange(max = 1000) int value) {
		Indicator income = atLeast("10", forYear(listedYear, region, "40"));
		IndicatorStatus status = CriteriaEngine.evaluate(income, new EvaluationContext(region, "62", year),
				IndicatorValue.of(BigDecimal.valueOf(value))).status();
		if (year != listedYear) {
			assertThat(status).isEqualTo(IndicatorStatus.THRESHOLD_UNKNOWN);
		}
		else {
			assertThat(status).isIn(IndicatorStatus.MET, IndicatorStatus.NOT_MET);
		}
	}

	@Property
	void numbersParseTheSameWrittenTheVietnameseOrTheEnglishWay(@ForAll @Positive @IntRange(max = 9_999_999) int whole,
			@ForAll @IntRange(max = 9) int tenth) {
		BigDecimal expected = new BigDecimal(whole + "." + tenth);
		DecimalFormat vietnamese = new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(Locale.of("vi", "VN")));
		assertThat(CriteriaEngine.parseNumber(vietnamese.format(expected))).isEqualByComparingTo(expected);
		assertThat(CriteriaEngine.parseNumber(whole + "," + tenth)).isEqualByComparingTo(expected);
		assertThat(CriteriaEngine.parseNumber(whole + "." + tenth)).isEqualByComparingTo(expected);
		assertThat(CriteriaEngine.parseNumber(whole + "." + tenth + "%")).isEqualByComparingTo(expected);
	}

	@Property
	void theExamplesOfTheBriefParse(@ForAll("examples") String text) {
		assertThat(CriteriaEngine.parseNumber(text)).isNotNull();
	}

	@Provide
	Arbitrary<String> examples() {
		return Arbitraries.of("12,5", "12.5", "1.234,5", "85%");
	}
}
