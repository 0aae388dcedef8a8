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

	/** A standard → advanced → model chain like the 2021-2025 commune sets: income relative to the advanced level. */
	static final String STANDARD = "xa-chuan";
	static final String ADVANCED = "xa-nang-cao";
	static final String MODEL = "xa-kieu-mau";

	static CriteriaSet standardSet(String roadsThreshold) {
		return new CriteriaSet(STANDARD, 1, "Xã NTM", null, SetLevel.COMMUNE, Tier.STANDARD, LocalDate.of(2021, 1, 1),
				LocalDate.of(2025, 12, 31), null, null, null,
				List.of(criterion(2, atLeast("2.1", national(roadsThreshold)))));
	}

	/** Income "10" in millions by year for Tây Nguyên; a null level is unknown. */
	static CriteriaSet advancedSet(String income2023) {
		Indicator income = new Indicator("10", "Thu nhập", null, "triệu đồng/người/năm", ValueType.NUMBER,
				Comparison.AT_LEAST, null, List.of(new Threshold(Region.TN, 2023, null, income2023, "QĐ 318", true, false)),
				false, null);
		return new CriteriaSet(ADVANCED, 1, "Xã NTM nâng cao", null, SetLevel.COMMUNE, Tier.ADVANCED,
				LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31), null, STANDARD, null,
				List.of(criterion(10, income)));
	}

	static CriteriaSet modelSet() {
		Indicator advanced = new Indicator("KM1", "Là xã NTM nâng cao", null, null, ValueType.REQUIRED_TIER,
				Comparison.YES, null, List.of(), false, null);
		Indicator income = new Indicator("KM2", "Thu nhập cao hơn 10%", null, "triệu đồng/người/năm", ValueType.NUMBER,
				Comparison.AT_LEAST, null, List.of(new Threshold(null, null, null, null, "QĐ 319", true, false,
						new Threshold.Relative(ADVANCED, "10", new BigDecimal("1.10")))), false, null);
		Indicator smartVillages = new Indicator("KM3", "Mô hình thôn thông minh", null, "mô hình", ValueType.NUMBER,
				Comparison.AT_LEAST, null, List.of(new Threshold(null, null, null, "1", "QĐ 319", true, false)), false,
				null);
		return new CriteriaSet(MODEL, 1, "Xã NTM kiểu mẫu", null, SetLevel.COMMUNE, Tier.MODEL, LocalDate.of(2021, 1, 1),
				LocalDate.of(2025, 12, 31), null, ADVANCED, null,
				List.of(criterion(1, advanced), criterion(2, income), criterion(3, smartVillages)));
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
