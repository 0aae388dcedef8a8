package vn.ntm.planning.internal;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import vn.ntm.planning.Plan;
import vn.ntm.planning.PlanDocument;
import vn.ntm.planning.PlanTier;
import vn.ntm.planning.Target;

/** Reads a reference plan file of {@code src/main/resources/planning/} (format in its README). */
public final class ReferencePlanFile {

	private ReferencePlanFile() {
	}

	/** A plan read from a file, with the file's version. */
	public record Loaded(int fileVersion, Plan plan, List<ExpectedUnit> expectedUnits) {
	}

	/** The official name a file says a code stands for: checked against the reference unit lists. */
	public record ExpectedUnit(String code, String officialName) {
	}

	@SuppressWarnings("unchecked")
	public static Loaded read(InputStream in) {
		Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		List<PlanDocument> documents = new ArrayList<>();
		for (Map<String, Object> d : list(root, "documents")) {
			documents.add(new PlanDocument(0, PlanDocument.Type.valueOf(text(d, "type")), text(d, "number"),
					date(d.get("issued")), text(d, "issuer"), text(d, "title"), text(d, "source")));
		}
		List<Target> targets = new ArrayList<>();
		List<ExpectedUnit> expected = new ArrayList<>();
		for (Map<String, Object> t : list(root, "named")) {
			String code = text(t, "code");
			targets.add(new Target.Named(0, PlanTier.valueOf(text(t, "tier")), code, text(t, "unit"), text(t, "name"),
					text(t, "district"), date(t.get("deadline")), text(t, "note")));
			if (code != null) {
				expected.add(new ExpectedUnit(code, text(t, "unit")));
			}
		}
		for (Map<String, Object> t : list(root, "aggregates")) {
			String tier = text(t, "tier");
			targets.add(new Target.Aggregate(0, tier == null ? null : PlanTier.valueOf(tier),
					Target.Measure.valueOf(text(t, "measure")), text(t, "description"), text(t, "scope"),
					integer(t.get("count")), integer(t.get("ofTotal")), decimal(t.get("percent")),
					text(t, "indicator"), date(t.get("deadline")), text(t, "note")));
		}
		for (Map<String, Object> t : list(root, "kpis")) {
			targets.add(new Target.Kpi(0, text(t, "indicator"), text(t, "unitOfMeasure"),
					Target.Bound.valueOf(text(t, "bound")), decimal(t.get("target")), date(t.get("deadline")),
					decimal(t.get("baseline")), integer(t.get("baselineYear")), text(t, "note")));
		}
		Plan plan = new Plan(0, text(root, "province"), ((Number) root.get("year")).intValue(), text(root, "title"),
				true, text(root, "source"), documents, targets, 0);
		return new Loaded(((Number) root.get("version")).intValue(), plan, expected);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Map<String, Object> map, String key) {
		Object v = map.get(key);
		return v == null ? List.of() : (List<Map<String, Object>>) v;
	}

	private static String text(Map<String, Object> map, String key) {
		Object v = map.get(key);
		return v == null ? null : v.toString();
	}

	private static Integer integer(Object v) {
		return v == null ? null : ((Number) v).intValue();
	}

	private static BigDecimal decimal(Object v) {
		return v == null ? null : new BigDecimal(v.toString());
	}

	private static LocalDate date(Object v) {
		if (v == null) return null;
		if (v instanceof Date d) return d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
		return LocalDate.parse(v.toString());
	}
}
