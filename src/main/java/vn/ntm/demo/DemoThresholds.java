package vn.ntm.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import vn.ntm.criteria.Comparison;
import vn.ntm.criteria.CriteriaEngine;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.Criterion;
import vn.ntm.criteria.EvaluationContext;
import vn.ntm.criteria.Indicator;
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
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("set_id", reference.code());
		root.put("level", reference.level().name().toLowerCase());
		root.put("tier", reference.tier().name().toLowerCase());
		root.put("valid_from", reference.validFrom().toString());
		if (reference.validTo() != null) {
			root.put("valid_to", reference.validTo().toString());
		}
		root.put("province", provinceCode);
		root.put("name_vi", reference.nameVi() + " (ngưỡng minh họa cho dữ liệu demo)");
		root.put("name_en", reference.nameEn() + " (illustrative demo thresholds)");
		if (reference.legalBasis() != null) {
			Map<String, Object> legal = new LinkedHashMap<>();
			legal.put("document", reference.legalBasis().document());
			if (reference.legalBasis().date() != null) legal.put("date", reference.legalBasis().date().toString());
			if (reference.legalBasis().annex() != null) legal.put("annex", reference.legalBasis().annex());
			if (reference.legalBasis().source() != null) legal.put("source", reference.legalBasis().source());
			root.put("legal_basis", legal);
		}
		root.put("document", Map.of("number", "DEMO (không phải văn bản thật)", "date", "2021-01-01"));
		List<Object> criteria = new ArrayList<>();
		for (Criterion c : reference.criteria()) {
			Map<String, Object> criterion = new LinkedHashMap<>();
			criterion.put("number", c.number());
			if (c.group() != null) criterion.put("group", c.group());
			criterion.put("name_vi", c.nameVi());
			if (c.nameEn() != null) criterion.put("name_en", c.nameEn());
			List<Object> indicators = new ArrayList<>();
			for (Indicator i : c.indicators()) {
				indicators.add(indicator(i, demo.get(i.code()), provinceCode));
			}
			criterion.put("indicators", indicators);
			criteria.add(criterion);
		}
		root.put("criteria", criteria);
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		options.setAllowUnicode(true);
		return new Yaml(options).dump(root);
	}

	private static Map<String, Object> indicator(Indicator i, Object demoValue, String provinceCode) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("code", i.code());
		m.put("name_vi", i.nameVi());
		if (i.nameEn() != null) m.put("name_en", i.nameEn());
		if (i.unit() != null) m.put("unit", i.unit());
		m.put("comparison", i.comparison() == Comparison.EQUALS ? "none" : i.comparison().symbol());
		if (!i.choices().isEmpty()) m.put("choices", i.choices());
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
			m.put("threshold", Map.of("all", "Đạt"));
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
