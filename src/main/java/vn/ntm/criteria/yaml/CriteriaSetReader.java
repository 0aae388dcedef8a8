package vn.ntm.criteria.yaml;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

import vn.ntm.criteria.Comparison;
import vn.ntm.criteria.CriteriaEngine;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.CriteriaSetRejected;
import vn.ntm.criteria.Criterion;
import vn.ntm.criteria.Indicator;
import vn.ntm.criteria.IndicatorValue;
import vn.ntm.criteria.LegalBasis;
import vn.ntm.criteria.SetLevel;
import vn.ntm.criteria.Threshold;
import vn.ntm.criteria.Tier;
import vn.ntm.criteria.ValueType;
import vn.ntm.geography.Region;
import vn.ntm.shared.Message;
import vn.ntm.shared.VietnameseFormat;

/**
 * Reads criteria sets written in the format of {@code src/main/resources/criteria/} and checks them, collecting every
 * problem (a message key with the path of the field at fault) before rejecting the file as a whole. Keys it does not
 * know (notes, sources, conditions) are kept in the stored text and otherwise ignored. A {@code null} threshold stays
 * unknown: nothing here fills one in.
 */
public final class CriteriaSetReader {

	static final int MAX_CHARACTERS = 2 * 1024 * 1024;

	private static final Set<String> LEVELS = Set.of("commune", "village", "district", "province");
	private static final Set<String> TIERS = Set.of("standard", "advanced", "model");
	/** The commune groups of the 2026–2030 set (Quyết định 51/2025/QĐ-TTg), threshold keys beside the regions. */
	public static final Set<String> COMMUNE_GROUPS = Set.of("N1", "N2", "N3");
	private static final String COMPARISONS = "(>=, <=, boolean, none)";
	static final String KEY = "criteria.problem.";
	private static final String CITATION = ResourceBundle.getBundle("i18n/criteria", Locale.forLanguageTag("vi"))
		.getString("criteria.threshold.source.document");

	private final List<Message> problems = new ArrayList<>();

	private CriteriaSetReader() {
	}

	private void problem(String key, Object... args) {
		problems.add(Message.of(KEY + key, args));
	}

	private static Message yaml(String detail) {
		return detail == null ? Message.of(KEY + "yaml.syntax") : Message.of(KEY + "yaml", detail);
	}

	/** "1234/QĐ-UBND ngày 01/02/2023": how a Vietnamese legal document is cited, whatever the user's language. */
	private static String citation(String number, LocalDate date) {
		return MessageFormat.format(CITATION, number, VietnameseFormat.date(date));
	}

	/** Every set in {@code text}: one set at the root, or a {@code sets:} list. */
	public static List<ReadSet> read(String text) {
		return new CriteriaSetReader().readAll(text);
	}

	private List<ReadSet> readAll(String text) {
		if (text == null || text.isBlank()) {
			throw new CriteriaSetRejected(List.of(Message.of(KEY + "empty")));
		}
		Object root;
		try {
			root = new Yaml(new SafeConstructor(options())).load(text);
		}
		catch (MarkedYAMLException e) {
			Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
			String detail = firstLine(e.getProblem());
			throw new CriteriaSetRejected(List.of(mark == null ? yaml(detail)
					: Message.of(KEY + (detail == null ? "yamlAt.syntax" : "yamlAt"), String.valueOf(mark.getLine() + 1),
							String.valueOf(mark.getColumn() + 1), detail)));
		}
		catch (YAMLException e) {
			throw new CriteriaSetRejected(List.of(yaml(firstLine(e.getMessage()))));
		}
		if (!(root instanceof Map<?, ?> map)) {
			throw new CriteriaSetRejected(List.of(Message.of(KEY + "notASetFile")));
		}
		String checksum = sha256(text);
		List<ReadSet> sets = new ArrayList<>();
		if (map.containsKey("sets")) {
			List<?> list = list(map.get("sets"), "sets");
			if (list != null && list.isEmpty()) {
				problem("listEmpty", "sets");
			}
			if (list != null) {
				Set<String> codes = new HashSet<>();
				for (int i = 0; i < list.size(); i++) {
					ReadSet set = set(list.get(i), "sets[" + i + "].", checksum);
					if (set != null && !codes.add(set.set().code())) {
						problem("duplicateSetCode", "sets[" + i + "].set_id", set.set().code());
					}
					sets.add(set);
				}
			}
		}
		else {
			sets.add(set(map, "", checksum));
		}
		if (!problems.isEmpty()) {
			throw new CriteriaSetRejected(problems);
		}
		return List.copyOf(sets);
	}

	static LoaderOptions options() {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		options.setMaxAliasesForCollections(20);
		options.setAllowRecursiveKeys(false);
		options.setNestingDepthLimit(40);
		options.setCodePointLimit(MAX_CHARACTERS);
		return options;
	}

	private ReadSet set(Object node, String at, String checksum) {
		if (!(node instanceof Map<?, ?> m)) {
			problem("notASet", at);
			return null;
		}
		int before = problems.size();
		String versionOf = text(m, "version_of", at);
		String code = text(m, "set_id", at);
		if (code == null && versionOf != null) {
			code = versionOf;
		}
		if (code == null) {
			problem("missingSetCode", at + "set_id");
		}
		else if (!code.matches("[a-z0-9][a-z0-9-]{1,99}")) {
			problem("badSetCode", at + "set_id", code);
		}
		if (versionOf != null && code != null && !versionOf.equals(code)) {
			problem("versionOfDiffers", at + "version_of", versionOf, code);
		}
		String nameVi = text(m, "name_vi", at);
		if (nameVi == null) {
			problem("missingSetName", at + "name_vi");
		}
		SetLevel level = choice(m, "level", at, LEVELS, SetLevel.class);
		Tier tier = choice(m, "tier", at, TIERS, Tier.class);
		LocalDate validFrom = date(m.get("valid_from"), at + "valid_from");
		if (validFrom == null && !problemAt(at + "valid_from", before)) {
			problem("missingValidFrom", at + "valid_from");
		}
		LocalDate validTo = date(m.get("valid_to"), at + "valid_to");
		if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
			problem("validToBeforeFrom", at + "valid_to", validTo.toString(), validFrom.toString());
		}
		String requires = text(m, "requires", at);
		if (requires != null && requires.equals(code)) {
			problem("requiresItself", at + "requires");
		}
		String province = province(m.get("province"), at + "province");
		boolean demo = flag(m, "demo", at);
		LegalBasis legalBasis = legalBasis(m.get("legal_basis"), at + "legal_basis");
		String documentNumber = null;
		LocalDate documentDate = null;
		Object document = m.get("document");
		if (document instanceof Map<?, ?> d) {
			documentNumber = text(d, "number", at + "document.");
			documentDate = date(d.get("date"), at + "document.date");
			if (documentNumber == null) {
				problem("missingDocumentNumber", at + "document.number");
			}
		}
		else if (document != null) {
			problem("documentForm", at + "document");
		}
		String thresholdSource = documentNumber == null ? null
				: documentDate == null ? documentNumber : citation(documentNumber, documentDate);
		List<Criterion> criteria = criteria(m.get("criteria"), at + "criteria", province, demo, thresholdSource);
		if (requires == null && criteria.stream().flatMap(c -> c.indicators().stream())
			.anyMatch(i -> i.valueType() == ValueType.REQUIRED_TIER)) {
			problem("missingRequires", at + "requires");
		}
		if (problems.size() > before) {
			return null;
		}
		CriteriaSet set = new CriteriaSet(code, 0, nameVi, textOrNull(m.get("name_en")), level, tier, validFrom, validTo,
				legalBasis, requires, province, criteria);
		return new ReadSet(set, versionOf, documentNumber, documentDate, demo, checksum);
	}

	private List<Criterion> criteria(Object node, String at, String province, boolean demo, String documentSource) {
		if (node == null) {
			return List.of();
		}
		List<?> list = list(node, at);
		if (list == null) {
			return List.of();
		}
		List<Criterion> criteria = new ArrayList<>();
		Set<Integer> numbers = new HashSet<>();
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < list.size(); i++) {
			String path = at + "[" + i + "]";
			if (!(list.get(i) instanceof Map<?, ?> c)) {
				problem("notACriterion", path);
				continue;
			}
			Integer number = null;
			Object n = c.get("number");
			if (n instanceof Integer value && value > 0) {
				number = value;
				if (!numbers.add(number)) {
					problem("duplicateCriterion", path + ".number", String.valueOf(number));
				}
			}
			else {
				if (n == null) {
					problem("missingCriterionNumber", path + ".number");
				}
				else {
					problem("badCriterionNumber", path + ".number", String.valueOf(n));
				}
			}
			String nameVi = textOrNull(c.get("name_vi"));
			if (nameVi == null) {
				problem("missingCriterionName", path + ".name_vi");
			}
			List<Indicator> indicators = new ArrayList<>();
			Object in = c.get("indicators");
			List<?> inList = in == null ? List.of() : list(in, path + ".indicators");
			if (inList != null) {
				for (int j = 0; j < inList.size(); j++) {
					Indicator indicator = indicator(inList.get(j), path + ".indicators[" + j + "]", province, demo,
							documentSource);
					if (indicator != null) {
						if (!codes.add(indicator.code())) {
							problem("duplicateIndicator", path + ".indicators[" + j + "].code", indicator.code());
						}
						indicators.add(indicator);
					}
				}
			}
			criteria.add(new Criterion(number == null ? 0 : number, textOrNull(c.get("group")), nameVi,
					textOrNull(c.get("name_en")), indicators));
		}
		return criteria;
	}

	private Indicator indicator(Object node, String at, String province, boolean setDemo, String documentSource) {
		if (!(node instanceof Map<?, ?> m)) {
			problem("notAnIndicator", at);
			return null;
		}
		int before = problems.size();
		String code = textOrNull(m.get("code"));
		if (code == null) {
			problem("missingIndicatorCode", at + ".code");
		}
		String nameVi = textOrNull(m.get("name_vi"));
		if (nameVi == null) {
			problem("missingIndicatorName", at + ".name_vi");
		}
		Comparison comparison = null;
		Object cmp = m.get("comparison");
		if (cmp == null) {
			problem("missingComparison", at + ".comparison", COMPARISONS);
		}
		else {
			comparison = switch (String.valueOf(cmp).trim()) {
				case ">=" -> Comparison.AT_LEAST;
				case "<=" -> Comparison.AT_MOST;
				case "boolean" -> Comparison.YES;
				case "none", "=" -> Comparison.EQUALS;
				default -> {
					problem("badValue", at + ".comparison", String.valueOf(cmp), COMPARISONS);
					yield null;
				}
			};
		}
		String unit = textOrNull(m.get("unit"));
		List<String> choices = new ArrayList<>();
		if (m.get("choices") != null) {
			List<?> list = list(m.get("choices"), at + ".choices");
			if (list != null) {
				list.forEach(c -> choices.add(String.valueOf(c)));
			}
		}
		ValueType valueType = "%".equals(unit) ? ValueType.PERCENT
				: comparison == Comparison.YES ? ValueType.BOOLEAN
				: !choices.isEmpty() || comparison == Comparison.EQUALS ? ValueType.CHOICE : ValueType.NUMBER;
		Object valueFrom = m.get("value_from");
		if (valueFrom != null) {
			if (!"required_set".equals(String.valueOf(valueFrom).trim())) {
				problem("badValue", at + ".value_from", String.valueOf(valueFrom), "(required_set)");
			}
			else if (comparison != Comparison.YES) {
				problem("valueFromNotBoolean", at + ".value_from");
			}
			else if (m.get("threshold") != null || m.get("threshold_by_year") != null) {
				problem("valueFromWithThreshold", at + ".threshold");
			}
			else {
				valueType = ValueType.REQUIRED_TIER;
			}
		}
		boolean verified = flag(m, "threshold_verified", at + ".");
		boolean demo = setDemo || flag(m, "demo", at + ".");
		String source = textOrNull(m.get("threshold_source"));
		if (source == null) {
			source = documentSource;
		}
		List<Threshold> thresholds = new ArrayList<>();
		Object byYear = m.get("threshold_by_year");
		if (valueType == ValueType.REQUIRED_TIER) {
			// met or not from the required set's result: no threshold of its own
		}
		else if (byYear != null && m.get("threshold") != null) {
			problem("thresholdTwice", at);
		}
		else if (byYear != null) {
			if (byYear instanceof Map<?, ?> years) {
				for (var e : years.entrySet()) {
					String key = String.valueOf(e.getKey());
					if (!key.matches("(19|20|21)\\d\\d")) {
						problem("badYear", at + ".threshold_by_year." + key, key);
						continue;
					}
					thresholds(e.getValue(), at + ".threshold_by_year." + key, Integer.valueOf(key), comparison,
							valueType, province, source, verified, demo, thresholds);
				}
			}
			else {
				problem("byYearForm", at + ".threshold_by_year");
			}
		}
		else {
			thresholds(m.get("threshold"), at + ".threshold", null, comparison, valueType, province, source, verified,
					demo, thresholds);
		}
		if (valueType == ValueType.CHOICE && !choices.isEmpty()) {
			for (Threshold t : thresholds) {
				if (t.known() && !choices.contains(t.value())) {
					problem("notInChoices", at + ".threshold", t.value(), choices.toString());
				}
			}
		}
		if (problems.size() > before) {
			return null;
		}
		return new Indicator(code, nameVi, textOrNull(m.get("name_en")), unit, valueType, comparison, choices,
				thresholds, flag(m, "unverified", at + "."), textOrNull(m.get("note")));
	}

	private void thresholds(Object node, String at, Integer year, Comparison comparison, ValueType valueType,
			String province, String source, boolean verified, boolean demo, List<Threshold> into) {
		if (node instanceof Map<?, ?> rule && rule.containsKey("relative_to")) {
			Threshold.Relative relative = relative(rule, at, comparison);
			if (relative != null) {
				into.add(new Threshold(null, year, province, null, source, verified, demo, relative));
			}
		}
		else if (node instanceof Map<?, ?> regions) {
			boolean markedDemo = demo;
			if (regions.containsKey("demo")) {
				markedDemo |= flag(regions, "demo", at + ".");
			}
			if (regions.isEmpty() || regions.size() == 1 && regions.containsKey("demo")) {
				problem("noThreshold", at);
			}
			for (var e : regions.entrySet()) {
				String key = String.valueOf(e.getKey());
				if (key.equals("demo")) {
					continue;
				}
				if (COMMUNE_GROUPS.contains(key)) {
					String value = value(e.getValue(), at + "." + key, comparison, valueType);
					into.add(new Threshold(null, year, province, value, source, verified && value != null, markedDemo)
						.forGroup(key));
					continue;
				}
				Region region = null;
				if (!key.equals("all") && !key.equals("general")) {
					try {
						region = Region.valueOf(key);
					}
					catch (IllegalArgumentException ex) {
						problem(key.matches("N\\d+") ? "badCommuneGroup" : "badRegion", at + "." + key, key);
						continue;
					}
				}
				String value = value(e.getValue(), at + "." + key, comparison, valueType);
				into.add(new Threshold(region, year, province, value, source, verified && value != null, markedDemo));
			}
		}
		else {
			String value = value(node, at, comparison, valueType);
			into.add(new Threshold(null, year, province, value, source, verified && value != null, demo));
		}
	}

	/** {@code {relative_to: {set: …, indicator: …}, factor: 1.10}}: factor × that indicator's threshold. */
	private Threshold.Relative relative(Map<?, ?> rule, String at, Comparison comparison) {
		int before = problems.size();
		if (comparison != Comparison.AT_LEAST && comparison != Comparison.AT_MOST) {
			problem("relativeComparison", at + ".relative_to");
		}
		String setCode = null;
		String indicatorCode = null;
		if (rule.get("relative_to") instanceof Map<?, ?> of) {
			setCode = textOrNull(of.get("set"));
			indicatorCode = textOrNull(of.get("indicator"));
			if (setCode == null) {
				problem("missingSetCode", at + ".relative_to.set");
			}
			if (indicatorCode == null) {
				problem("missingIndicatorCode", at + ".relative_to.indicator");
			}
		}
		else {
			problem("relativeForm", at + ".relative_to");
		}
		Object factorNode = rule.get("factor");
		BigDecimal factor = factorNode == null ? null
				: CriteriaEngine.parseNumber(factorNode instanceof Double d ? BigDecimal.valueOf(d).toPlainString()
						: String.valueOf(factorNode));
		if (factor == null || factor.signum() <= 0) {
			problem("badFactor", at + ".factor", String.valueOf(factorNode));
		}
		for (Object key : rule.keySet()) {
			if (!"relative_to".equals(key) && !"factor".equals(key)) {
				problem("relativeKey", at + "." + key);
			}
		}
		return problems.size() > before ? null : new Threshold.Relative(setCode, indicatorCode, factor);
	}

	private String value(Object node, String at, Comparison comparison, ValueType valueType) {
		if (node == null) {
			return null;
		}
		if (node instanceof Map<?, ?> || node instanceof List<?>) {
			problem("thresholdNotAValue", at);
			return null;
		}
		if (node instanceof Boolean b) {
			node = b ? IndicatorValue.Status.MET_TEXT : IndicatorValue.Status.NOT_MET_TEXT;
		}
		String text = node instanceof Double d ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString()
				: String.valueOf(node).trim();
		if (comparison == Comparison.AT_LEAST || comparison == Comparison.AT_MOST) {
			BigDecimal number = CriteriaEngine.parseNumber(text);
			if (number == null) {
				problem("thresholdNotANumber", at, text, comparison.symbol());
				return null;
			}
			if (valueType == ValueType.PERCENT && (number.signum() < 0 || number.compareTo(BigDecimal.valueOf(100)) > 0)) {
				problem("percentOutOfRange", at, text);
				return null;
			}
			return number.stripTrailingZeros().toPlainString();
		}
		return text;
	}

	private LegalBasis legalBasis(Object node, String at) {
		if (node == null) {
			return null;
		}
		if (!(node instanceof Map<?, ?> m)) {
			problem("legalBasisForm", at);
			return null;
		}
		String source = textOrNull(m.get("source"));
		if (source == null && m.get("sources") instanceof List<?> sources && !sources.isEmpty()) {
			source = String.valueOf(sources.get(0));
		}
		return new LegalBasis(textOrNull(m.get("document")), date(m.get("date"), at + ".date"),
				textOrNull(m.get("annex")), source);
	}

	private String province(Object node, String at) {
		if (node == null) {
			return null;
		}
		if (node instanceof String s && s.matches("\\d{2}")) {
			return s;
		}
		problem("badProvince", at, String.valueOf(node));
		return null;
	}

	private <E extends Enum<E>> E choice(Map<?, ?> m, String key, String at, Set<String> allowed, Class<E> type) {
		Object value = m.get(key);
		if (value == null) {
			problem("missingChoice", at + key, allowed.stream().sorted().toList().toString());
			return null;
		}
		String text = String.valueOf(value).trim();
		if (!allowed.contains(text)) {
			problem("badValue", at + key, text, allowed.stream().sorted().toList().toString());
			return null;
		}
		return Enum.valueOf(type, text.toUpperCase(java.util.Locale.ROOT));
	}

	private LocalDate date(Object node, String at) {
		if (node == null) {
			return null;
		}
		if (node instanceof Date d) {
			return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
		}
		try {
			return LocalDate.parse(String.valueOf(node).trim());
		}
		catch (DateTimeParseException e) {
			problem("badDate", at, String.valueOf(node));
			return null;
		}
	}

	private String text(Map<?, ?> m, String key, String at) {
		Object value = m.get(key);
		if (value instanceof Map<?, ?> || value instanceof List<?>) {
			problem("notAString", at + key);
			return null;
		}
		return textOrNull(value);
	}

	private boolean flag(Map<?, ?> m, String key, String at) {
		Object value = m.get(key);
		if (value == null) {
			return false;
		}
		if (value instanceof Boolean b) {
			return b;
		}
		// "partial" and similar notes in the reference files mean "not fully verified"
		if (value instanceof String) {
			return false;
		}
		problem("notAFlag", at + key);
		return false;
	}

	private List<?> list(Object node, String at) {
		if (node instanceof List<?> l) {
			return l;
		}
		problem("notAList", at);
		return null;
	}

	private boolean problemAt(String path, int from) {
		return problems.subList(from, problems.size()).stream().anyMatch(p -> String.valueOf(p.args().get(0)).startsWith(path));
	}

	private static String textOrNull(Object value) {
		if (value == null) {
			return null;
		}
		String s = String.valueOf(value).trim();
		return s.isEmpty() ? null : s;
	}

	private static String firstLine(String s) {
		if (s == null) {
			return null;
		}
		int nl = s.indexOf('\n');
		return nl < 0 ? s : s.substring(0, nl);
	}

	static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(
					MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
