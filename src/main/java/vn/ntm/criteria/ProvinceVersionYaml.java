package vn.ntm.criteria;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes a province's own version of a set in the YAML format {@link CriteriaSets#importYaml} reads: the set's
 * structure copied from {@code base}, and for each indicator the threshold keys the caller supplies
 * ({@code threshold}, {@code threshold_by_year}, {@code threshold_verified}, {@code threshold_source}, {@code demo}).
 */
public final class ProvinceVersionYaml {

	private ProvinceVersionYaml() {
	}

	public static String write(CriteriaSet base, String provinceCode, String nameVi, String nameEn,
			String documentNumber, LocalDate documentDate, Function<Indicator, Map<String, Object>> thresholds) {
		Map<String, Object> root = root(base, provinceCode, nameVi, nameEn, documentNumber, documentDate);
		List<Object> criteria = new ArrayList<>();
		for (Criterion c : base.criteria()) {
			Map<String, Object> criterion = new LinkedHashMap<>();
			criterion.put("number", c.number());
			if (c.group() != null) criterion.put("group", c.group());
			criterion.put("name_vi", c.nameVi());
			if (c.nameEn() != null) criterion.put("name_en", c.nameEn());
			List<Object> indicators = new ArrayList<>();
			for (Indicator i : c.indicators()) {
				Map<String, Object> m = new LinkedHashMap<>();
				m.put("code", i.code());
				m.put("name_vi", i.nameVi());
				if (i.nameEn() != null) m.put("name_en", i.nameEn());
				if (i.unit() != null) m.put("unit", i.unit());
				m.put("comparison", i.comparison() == Comparison.EQUALS ? "none" : i.comparison().symbol());
				if (!i.choices().isEmpty()) m.put("choices", i.choices());
				if (i.valueType() == ValueType.REQUIRED_TIER) {
					m.put("value_from", "required_set");
				}
				else if (relative(i) != null) {
					// the rule of the national decision, not a level the province types
					Threshold t = relative(i);
					m.put("threshold", Map.of("relative_to", Map.of("set", t.relativeTo().setCode(), "indicator",
							t.relativeTo().indicatorCode()), "factor", t.relativeTo().factor().toPlainString()));
					m.put("threshold_verified", t.verified());
					if (t.source() != null) m.put("threshold_source", t.source());
				}
				else {
					m.putAll(thresholds.apply(i));
				}
				indicators.add(m);
			}
			criterion.put("indicators", indicators);
			criteria.add(criterion);
		}
		root.put("criteria", criteria);
		return dump(root);
	}

	private static Map<String, Object> root(CriteriaSet base, String provinceCode, String nameVi, String nameEn,
			String documentNumber, LocalDate documentDate) {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("set_id", base.code());
		root.put("level", base.level().name().toLowerCase());
		root.put("tier", base.tier().name().toLowerCase());
		root.put("valid_from", base.validFrom().toString());
		if (base.validTo() != null) root.put("valid_to", base.validTo().toString());
		if (base.requiresSetCode() != null) root.put("requires", base.requiresSetCode());
		root.put("province", provinceCode);
		root.put("name_vi", nameVi);
		if (nameEn != null) root.put("name_en", nameEn);
		if (base.legalBasis() != null) {
			Map<String, Object> legal = new LinkedHashMap<>();
			legal.put("document", base.legalBasis().document());
			if (base.legalBasis().date() != null) legal.put("date", base.legalBasis().date().toString());
			if (base.legalBasis().annex() != null) legal.put("annex", base.legalBasis().annex());
			if (base.legalBasis().source() != null) legal.put("source", base.legalBasis().source());
			root.put("legal_basis", legal);
		}
		root.put("document", Map.of("number", documentNumber, "date", documentDate.toString()));
		return root;
	}

	/**
	 * A province's version whose indicators are new (the 2026–2030 set, whose reference data names only the criteria):
	 * the set's criteria as {@code base} has them, each with the indicators given for its number, already in the
	 * file format (code, name_vi, unit, comparison, threshold by group {@code N1}/{@code N2}/{@code N3}, …).
	 */
	public static String withIndicators(CriteriaSet base, String provinceCode, String documentNumber,
			LocalDate documentDate, Map<Integer, List<Map<String, Object>>> indicators, boolean demo) {
		Map<String, Object> root = root(base, provinceCode, base.nameVi(), base.nameEn(), documentNumber, documentDate);
		if (demo) root.put("demo", true);
		List<Object> criteria = new ArrayList<>();
		for (Criterion c : base.criteria()) {
			Map<String, Object> criterion = new LinkedHashMap<>();
			criterion.put("number", c.number());
			if (c.group() != null) criterion.put("group", c.group());
			criterion.put("name_vi", c.nameVi());
			if (c.nameEn() != null) criterion.put("name_en", c.nameEn());
			criterion.put("indicators", indicators.getOrDefault(c.number(), List.of()));
			criteria.add(criterion);
		}
		root.put("criteria", criteria);
		return dump(root);
	}

	private static String dump(Map<String, Object> root) {
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		options.setAllowUnicode(true);
		return new Yaml(options).dump(root);
	}


	private static Threshold relative(Indicator i) {
		return i.thresholds().stream().filter(t -> t.relativeTo() != null).findFirst().orElse(null);
	}
}
