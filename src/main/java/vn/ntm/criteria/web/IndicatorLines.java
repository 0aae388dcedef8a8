package vn.ntm.criteria.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import vn.ntm.criteria.Comparison;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.Criterion;
import vn.ntm.criteria.Indicator;
import vn.ntm.criteria.IndicatorValue;
import vn.ntm.criteria.Threshold;
import vn.ntm.criteria.ValueType;
import vn.ntm.shared.Message;
import vn.ntm.shared.VietnameseFormat;
import vn.ntm.shared.VietnameseText;

/**
 * The indicators of a set as the coordination office types them, one line each (from the page's form or the Excel
 * sheet): criterion number, code, name, unit, value type, comparison, a threshold per commune group (Quyết định
 * 51/2025/QĐ-TTg: N1, N2, N3), source document, verified. Checked as a whole, every problem naming its row and column.
 */
final class IndicatorLines {

	static final List<String> GROUPS = List.of("N1", "N2", "N3");
	private static final String KEY = "criteria.indicators.problem.";

	private IndicatorLines() {
	}

	/** One typed line; {@code thresholds} by group, blank for "not known". */
	record Line(int row, String criterion, String code, String name, String unit, String valueType,
			String comparison, Map<String, String> thresholds, String source, String verified) {

		boolean blank() {
			return (criterion + code + name + unit + valueType + comparison + source + verified
					+ String.join("", thresholds.values())).isBlank();
		}
	}

	/** The set's indicators as lines, with their group thresholds and "yes"/"no" in the user's words. */
	static List<Line> of(CriteriaSet set, String yes, String no) {
		List<Line> lines = new ArrayList<>();
		for (Criterion c : set.criteria()) {
			for (Indicator i : c.indicators()) {
				Map<String, String> byGroup = new LinkedHashMap<>();
				for (String g : GROUPS) {
					byGroup.put(g, i.thresholds().stream().filter(t -> g.equals(t.communeGroup()) && t.known())
						.map(Threshold::value).findFirst().orElse(""));
				}
				Threshold any = i.thresholds().stream().filter(Threshold::known).findFirst().orElse(null);
				lines.add(new Line(lines.size() + 1, String.valueOf(c.number()), i.code(), i.nameVi(),
						i.unit() == null ? "" : i.unit(), valueType(i.valueType()), comparison(i.comparison()), byGroup,
						any == null || any.source() == null ? "" : any.source(),
						any == null ? "" : any.verified() ? yes : no));
			}
		}
		return lines;
	}

	static String valueType(ValueType type) {
		return switch (type) {
			case PERCENT -> "percent";
			case BOOLEAN -> "boolean";
			default -> "number";
		};
	}

	static String comparison(Comparison c) {
		return c == Comparison.EQUALS ? "=" : c.symbol();
	}

	/**
	 * The indicators by criterion number in the set file format, or the problems. Blank lines are skipped;
	 * {@code yes} and {@code no} are the words of the verified column in the user's language (also accepted:
	 * có/không/yes/no).
	 */
	static Map<Integer, List<Map<String, Object>>> check(List<Line> lines, CriteriaSet set, String yes,
			List<Message> problems) {
		Set<Integer> numbers = set.criteria().stream().map(Criterion::number).collect(Collectors.toCollection(TreeSet::new));
		String range = numbers.isEmpty() ? "" : numbers.iterator().next() + "–" + ((TreeSet<Integer>) numbers).last();
		Map<Integer, List<Map<String, Object>>> byCriterion = new TreeMap<>();
		Map<String, Integer> codes = new HashMap<>();
		int used = 0;
		for (Line l : lines) {
			if (l.blank()) {
				continue;
			}
			used++;
			int before = problems.size();
			Integer number = integer(l.criterion());
			if (number == null || !numbers.contains(number)) {
				problems.add(Message.of(KEY + "criterion", l.row(), l.criterion().strip(), range));
			}
			String code = l.code().strip();
			if (code.isEmpty()) {
				problems.add(Message.of(KEY + "code-missing", l.row()));
			}
			else if (codes.containsKey(code)) {
				problems.add(Message.of(KEY + "duplicate", l.row(), code, codes.get(code)));
			}
			else {
				codes.put(code, l.row());
			}
			if (l.name().isBlank()) {
				problems.add(Message.of(KEY + "name-missing", l.row()));
			}
			ValueType type = valueType(l.valueType());
			if (type == ValueType.NUMBER && l.unit().strip().equals("%")) {
				type = ValueType.PERCENT;
			}
			if (type == null) {
				problems.add(Message.of(KEY + "value-type", l.row(), l.valueType().strip()));
			}
			Comparison comparison = comparison(l.comparison(), type);
			if (comparison == null) {
				problems.add(Message.of(KEY + "comparison", l.row(), l.comparison().strip()));
			}
			Boolean verified = flag(l.verified(), yes);
			if (verified == null) {
				problems.add(Message.of(KEY + "verified", l.row(), l.verified().strip()));
			}
			Map<String, Object> threshold = new LinkedHashMap<>();
			if (type == ValueType.BOOLEAN) {
				threshold.put("all", IndicatorValue.Status.MET_TEXT);
			}
			else if (type != null) {
				for (String g : GROUPS) {
					String value = l.thresholds().getOrDefault(g, "").strip();
					if (value.isEmpty()) {
						continue;
					}
					BigDecimal n = VietnameseFormat.parse(value);
					if (n == null) {
						problems.add(Message.of(KEY + "not-a-number", l.row(), g, value));
					}
					else if (type == ValueType.PERCENT && (n.signum() < 0 || n.compareTo(BigDecimal.valueOf(100)) > 0)) {
						problems.add(Message.of(KEY + "percent", l.row(), g, value));
					}
					else {
						threshold.put(g, n.stripTrailingZeros().toPlainString());
					}
				}
			}
			if (problems.size() > before) {
				continue;
			}
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("code", code);
			m.put("name_vi", l.name().strip());
			String unit = type == ValueType.PERCENT ? "%" : l.unit().strip();
			if (!unit.isEmpty() && type != ValueType.BOOLEAN) m.put("unit", unit);
			m.put("comparison", comparison == Comparison.YES ? "boolean" : comparison.symbol());
			// no level for a group stays unknown: that group's communes are judged "threshold unknown"
			m.put("threshold", threshold.isEmpty() ? null : threshold);
			m.put("threshold_verified", verified);
			if (!l.source().isBlank()) m.put("threshold_source", l.source().strip());
			byCriterion.computeIfAbsent(number, k -> new ArrayList<>()).add(m);
		}
		if (used == 0) {
			problems.add(Message.of(KEY + "none"));
		}
		return byCriterion;
	}

	private static Integer integer(String text) {
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			BigDecimal n = VietnameseFormat.parse(text);
			return n != null && n.stripTrailingZeros().scale() <= 0 ? n.intValue() : null;
		}
	}

	/** number/số, percent/%/tỷ lệ, boolean/đạt/không đạt/yes-no, as written in either language. */
	static ValueType valueType(String text) {
		String raw = text == null ? "" : text.strip();
		if (raw.equals("%")) {
			return ValueType.PERCENT;
		}
		return switch (VietnameseText.fold(raw)) {
			case "number", "so", "so luong", "so lieu" -> ValueType.NUMBER;
			case "percent", "ty le", "phan tram", "ty le phan tram" -> ValueType.PERCENT;
			case "boolean", "yes no", "dat khong dat", "dat", "co khong" -> ValueType.BOOLEAN;
			default -> null;
		};
	}

	private static Comparison comparison(String text, ValueType type) {
		String t = text == null ? "" : text.strip().replace("≥", ">=").replace("≤", "<=");
		if (type == ValueType.BOOLEAN && (t.isEmpty() || VietnameseText.fold(t).equalsIgnoreCase("dat")
				|| t.equalsIgnoreCase("boolean"))) {
			return Comparison.YES;
		}
		if (type == ValueType.BOOLEAN) {
			return null;
		}
		return switch (t) {
			case ">=" -> Comparison.AT_LEAST;
			case "<=" -> Comparison.AT_MOST;
			default -> null;
		};
	}

	private static Boolean flag(String text, String yes) {
		String t = VietnameseText.fold(text == null ? "" : text.strip());
		if (t.isEmpty() || t.equals("khong") || t.equals("no") || t.equals("chua") || t.equals("false")) {
			return false;
		}
		if (t.equals("co") || t.equals("yes") || t.equals("true") || t.equals("x")
				|| t.equals(VietnameseText.fold(yes))) {
			return true;
		}
		return null;
	}
}
