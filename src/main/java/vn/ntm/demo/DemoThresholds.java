package vn.ntm.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;


import vn.ntm.criteria.Comparison;
import vn.ntm.criteria.CriteriaEngine;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.ProvinceVersionYaml;
import vn.ntm.criteria.EvaluationContext;
import vn.ntm.criteria.Indicator;
import vn.ntm.criteria.IndicatorValue;
import vn.ntm.criteria.Threshold;
import vn.ntm.geography.Region;

/**
 * Writes the demo province's own version of a criteria set: the reference thresholds that are known for its region,
 * kept with their source, and an illustrative threshold marked {@code demo: true} wherever the reference has none.
 */
final class DemoThresholds {

	private DemoThresholds() {
	}

	static String yaml(CriteriaSet reference, String provinceCode) {
		Map<String, Object> demo = DemoLoader.demoThresholds();
		return ProvinceVersionYaml.write(reference, provinceCode,
				reference.nameVi() + DemoTexts.get("thresholds.name-suffix"),
				reference.nameEn() + " (illustrative demo thresholds)", DemoTexts.get("thresholds.decision"),
				LocalDate.of(2021, 1, 1), i -> thresholds(i, demo.get(i.code()), provinceCode));
	}

	private static Map<String, Object> thresholds(Indicator i, Object demoValue, String provinceCode) {
		Map<String, Object> m = new LinkedHashMap<>();
		Optional<Threshold> known = knownFor(i, provinceCode);
		if (known.isPresent() && demoValue == null) {
			m.put("threshold", Map.of(Region.TN.name(), known.get().value()));
			m.put("threshold_verified", known.get().verified());
			if (known.get().source() != null) m.put("threshold_source", known.get().source());
		}
		else if (demoValue instanceof Map<?, ?> byYear) {
			Map<String, Object> years = new LinkedHashMap<>();
			byYear.forEach((year, value) -> years.put(String.valueOf(year), Map.of(Region.TN.name(), value)));
			m.put("threshold_by_year", years);
			m.put("demo", true);
		}
		else if (demoValue != null) {
			m.put("threshold", Map.of(Region.TN.name(), demoValue));
			m.put("demo", true);
		}
		else if (known.isPresent()) {
			m.put("threshold", Map.of(Region.TN.name(), known.get().value()));
		}
		else if (i.comparison() == Comparison.YES) {
			m.put("threshold", Map.of("all", IndicatorValue.Status.MET_TEXT));
			m.put("demo", true);
		}
		return m;
	}

	/** The reference threshold for Tây Nguyên, if the reference knows one (for any year when it goes by year). */
	private static Optional<Threshold> knownFor(Indicator i, String provinceCode) {
		for (int year = 2021; year <= 2025; year++) {
			Optional<Threshold> t = CriteriaEngine.applicableThreshold(i, new EvaluationContext(Region.TN, provinceCode, year));
			if (t.isPresent() && t.get().known() && t.get().year() == null) {
				return t;
			}
		}
		return Optional.empty();
	}
}
