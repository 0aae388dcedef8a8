package vn.ntm.criteria;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import vn.ntm.geography.Region;

/** Small builders for engine tests. */
final class CriteriaFixtures {

	private CriteriaFixtures() {
	}

	static Threshold national(String value) {
		return new Threshold(null, null, null, value, "test", false, false);
	}

	static Threshold forRegion(Region region, String value) {
		return new Threshold(region, null, null, value, "test", false, false);
	}

	static Threshold forYear(int year, Region region, String value) {
		return new Threshold(region, year, null, value, "test", false, false);
	}

	static Threshold forProvince(String province, String value) {
		return new Threshold(null, null, province, value, "test", false, false);
	}

	static Indicator atLeast(String code, Threshold... thresholds) {
		return new Indicator(code, code, code, "%", ValueType.PERCENT, Comparison.AT_LEAST, null, List.of(thresholds),
				false, null);
	}

	static Indicator atMost(String code, Threshold... thresholds) {
		return new Indicator(code, code, code, "%", ValueType.PERCENT, Comparison.AT_MOST, null, List.of(thresholds),
				false, null);
	}

	static Indicator yesNo(String code) {
		return new Indicator(code, code, code, null, ValueType.BOOLEAN, Comparison.YES, null, List.of(national("Đạt")),
				false, null);
	}

	static CriteriaSet set(Tier tier, Criterion... criteria) {
		return new CriteriaSet("set-" + tier, 1, "Bộ thử", "Test set", SetLevel.COMMUNE, tier, LocalDate.of(2021, 1, 1),
				LocalDate.of(2025, 12, 31), null, null, null, List.of(criteria));
	}

	static Criterion criterion(int number, Indicator... indicators) {
		return new Criterion(number, null, "Tiêu chí " + number, null, List.of(indicators));
	}

	static IndicatorValue number(String n) {
		return IndicatorValue.of(new BigDecimal(n));
	}

	static EvaluationContext in(Region region) {
		return new EvaluationContext(region, "62", 2023);
	}
}
