package vn.ntm.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;

import vn.ntm.criteria.Comparison;
import vn.ntm.criteria.CriteriaEngine;
import vn.ntm.criteria.Indicator;
import vn.ntm.criteria.IndicatorValue;
import vn.ntm.criteria.ValueType;

/** Makes an illustrative value that meets, or misses, a known threshold. */
final class DemoValues {

	private DemoValues() {
	}

	static Object value(Indicator indicator, String threshold, boolean meets, Random random) {
		if (indicator.comparison() == Comparison.YES || indicator.valueType() == ValueType.BOOLEAN) {
			return meets ? IndicatorValue.Status.MET_TEXT : IndicatorValue.Status.NOT_MET_TEXT;
		}
		if (indicator.comparison() == Comparison.EQUALS) {
			return meets ? threshold : DemoTexts.get("value.other-than-threshold");
		}
		BigDecimal limit = CriteriaEngine.parseNumber(threshold);
		boolean percent = "%".equals(indicator.unit()) || indicator.valueType() == ValueType.PERCENT;
		double t = limit.doubleValue();
		double v;
		if (indicator.comparison() == Comparison.AT_LEAST) {
			double ceiling = percent ? 100 : t * 1.4 + 1;
			v = meets ? t + random.nextDouble() * Math.max(0, ceiling - t) : t * (0.55 + random.nextDouble() * 0.4);
		}
		else {
			v = meets ? t * (0.3 + random.nextDouble() * 0.65) : t * (1.1 + random.nextDouble() * 0.5) + 0.5;
			if (percent) v = Math.min(v, 100);
		}
		BigDecimal result = BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP);
		// rounding must not carry a value across its threshold
		int c = result.compareTo(limit);
		boolean ok = indicator.comparison() == Comparison.AT_LEAST ? c >= 0 : c <= 0;
		if (ok != meets) {
			BigDecimal half = new BigDecimal("0.5");
			boolean atLeast = indicator.comparison() == Comparison.AT_LEAST;
			result = meets ? limit : atLeast ? limit.subtract(half).max(BigDecimal.ZERO) : limit.add(half);
		}
		return result;
	}
}
