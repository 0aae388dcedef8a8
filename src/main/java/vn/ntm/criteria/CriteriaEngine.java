package vn.ntm.criteria;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.ntm.shared.VietnameseText;

/**
 * The evaluation engine: values → indicator status → criterion status → criteria met → tier reached.
 * Pure: no I/O, no Spring. A criterion is met only when every indicator is met (Quyết định 318/QĐ-TTg, Điều 1).
 */
public final class CriteriaEngine {

	private CriteriaEngine() {
	}

	public static Evaluation evaluate(CriteriaSet set, EvaluationContext context, Map<String, IndicatorValue> values) {
		List<CriterionResult> results = new ArrayList<>(set.criteria().size());
		for (Criterion criterion : set.criteria()) {
			List<IndicatorResult> indicators = new ArrayList<>(criterion.indicators().size());
			for (Indicator indicator : criterion.indicators()) {
				indicators.add(evaluate(indicator, context, values.get(indicator.code())));
			}
			results.add(new CriterionResult(criterion, combine(indicators), List.copyOf(indicators)));
		}
		return new Evaluation(set.code(), set.version(), set.tier(), List.copyOf(results));
	}

	public static IndicatorResult evaluate(Indicator indicator, EvaluationContext context, IndicatorValue value) {
		Optional<Threshold> threshold = applicableThreshold(indicator, context);
		if (value == null || value.isEmpty()) {
			return new IndicatorResult(indicator, value, threshold.orElse(null), IndicatorStatus.NO_DATA);
		}
		if (threshold.isEmpty() || !threshold.get().known()) {
			return new IndicatorResult(indicator, value, threshold.orElse(null), IndicatorStatus.THRESHOLD_UNKNOWN);
		}
		IndicatorStatus status = compare(indicator, value, threshold.get().value());
		return new IndicatorResult(indicator, value, threshold.get(), status);
	}

	/**
	 * The threshold that applies: a province's own level before the national one, a specific year before "every
	 * year", a specific region before "every region". With thresholds by year, a year with none listed is unknown.
	 */
	public static Optional<Threshold> applicableThreshold(Indicator indicator, EvaluationContext context) {
		List<Threshold> thresholds = indicator.thresholds();
		boolean byYear = false;
		for (Threshold t : thresholds) {
			if (t.year() != null) {
				byYear = true;
				break;
			}
		}
		Threshold best = null;
		int bestRank = -1;
		for (Threshold t : thresholds) {
			if (t.provinceCode() != null && !t.provinceCode().equals(context.provinceCode())
					|| t.region() != null && t.region() != context.region()
					|| byYear && (t.year() == null || t.year() != context.year())) {
				continue;
			}
			// a demo threshold fills a gap the reference leaves; it never hides a known reference value
			int rank = (t.provinceCode() != null ? 8 : 0) + (t.region() != null ? 4 : 0) + (t.known() ? 2 : 0)
					+ (t.demo() ? 0 : 1);
			if (rank > bestRank) {
				best = t;
				bestRank = rank;
			}
		}
		return Optional.ofNullable(best);
	}

	static IndicatorStatus compare(Indicator indicator, IndicatorValue value, String threshold) {
		return switch (indicator.comparison()) {
			case AT_LEAST, AT_MOST -> {
				BigDecimal limit = parseNumber(threshold);
				if (limit == null) {
					yield IndicatorStatus.THRESHOLD_UNKNOWN;
				}
				BigDecimal number = value.number() != null ? value.number() : parseNumber(value.text());
				if (number == null) {
					yield IndicatorStatus.NOT_MET;
				}
				int c = number.compareTo(limit);
				boolean met = indicator.comparison() == Comparison.AT_LEAST ? c >= 0 : c <= 0;
				yield met ? IndicatorStatus.MET : IndicatorStatus.NOT_MET;
			}
			case YES -> isYes(value) ? IndicatorStatus.MET : IndicatorStatus.NOT_MET;
			case EQUALS -> VietnameseText.fold(value.toString()).equals(VietnameseText.fold(threshold))
					? IndicatorStatus.MET : IndicatorStatus.NOT_MET;
		};
	}

	private static final Pattern BLANKS = Pattern.compile("[\\s\\u00A0\\u202F%]");
	private static final Pattern GROUPED = Pattern.compile("-?[1-9]\\d{0,2}(\\.\\d{3})+(,\\d+)?");

	/**
	 * Reads a threshold or value written as "50", "12,5", "12.5", "1.234,5" or "85%". Dots followed by groups of
	 * three digits are Vietnamese thousands separators ("1.234" is 1234), except after a leading zero ("0.125").
	 */
	public static BigDecimal parseNumber(String text) {
		if (text == null) return null;
		String s = text;
		for (int i = 0; i < s.length(); i++) {
			char ch = s.charAt(i);
			if (ch == '%' || Character.isWhitespace(ch) || ch == '\u00A0' || ch == '\u202F') {
				s = BLANKS.matcher(s).replaceAll("");
				break;
			}
		}
		if (s.indexOf('.') >= 0 && GROUPED.matcher(s).matches()) {
			s = s.replace(".", "").replace(',', '.');
		}
		else {
			s = s.replace(',', '.');
		}
		if (s.isEmpty()) return null;
		try {
			return new BigDecimal(s);
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	static boolean isYes(IndicatorValue value) {
		if (value.number() != null) {
			return value.number().signum() > 0;
		}
		if (IndicatorValue.Status.MET_TEXT.equals(value.text())) {
			return true;
		}
		if (IndicatorValue.Status.NOT_MET_TEXT.equals(value.text())) {
			return false;
		}
		String folded = VietnameseText.fold(value.text());
		return folded.equals("dat") || folded.equals("co") || folded.equals("yes") || folded.equals("true");
	}

	/** A criterion is met when all its indicators are; otherwise the worst status shows: not met, no data, unknown. */
	static IndicatorStatus combine(List<IndicatorResult> indicators) {
		if (indicators.isEmpty()) {
			return IndicatorStatus.THRESHOLD_UNKNOWN;
		}
		boolean noData = false;
		boolean unknown = false;
		for (IndicatorResult r : indicators) {
			switch (r.status()) {
				case NOT_MET -> { return IndicatorStatus.NOT_MET; }
				case NO_DATA -> noData = true;
				case THRESHOLD_UNKNOWN -> unknown = true;
				case MET -> { }
			}
		}
		return noData ? IndicatorStatus.NO_DATA : unknown ? IndicatorStatus.THRESHOLD_UNKNOWN : IndicatorStatus.MET;
	}

	/**
	 * The highest tier reached: standard when the standard set is all met; advanced when standard is reached and the
	 * advanced set is all met; model likewise on top of advanced. Evaluations of other tiers are ignored when missing.
	 */
	public static Optional<Tier> tierReached(List<Evaluation> evaluations) {
		Tier reached = null;
		for (Tier tier : Tier.values()) {
			Optional<Evaluation> e = evaluations.stream().filter(ev -> ev.tier() == tier).findFirst();
			if (e.isPresent() && e.get().allMet()) {
				reached = tier;
			}
			else {
				break;
			}
		}
		return Optional.ofNullable(reached);
	}
}
