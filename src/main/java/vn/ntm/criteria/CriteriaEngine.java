package vn.ntm.criteria;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.ntm.shared.VietnameseFormat;
import vn.ntm.shared.VietnameseText;

/**
 * The evaluation engine: values → indicator status → criterion status → criteria met → tier reached.
 * Pure: no I/O, no Spring. A criterion is met only when every indicator is met (Quyết định 318/QĐ-TTg, Điều 1).
 */
public final class CriteriaEngine {

	private CriteriaEngine() {
	}

	public static SetResult evaluate(CriteriaSet set, EvaluationContext context, Map<String, IndicatorValue> values) {
		return evaluate(set, context, values, null);
	}

	/**
	 * Evaluates a set that builds on another: {@code required} is the unit's evaluation against the set this one
	 * requires (itself evaluated with its own required set), or null when there is none.
	 */
	public static SetResult evaluate(CriteriaSet set, EvaluationContext context, Map<String, IndicatorValue> values,
			SetResult required) {
		List<CriterionResult> results = new ArrayList<>(set.criteria().size());
		for (Criterion criterion : set.criteria()) {
			List<IndicatorResult> indicators = new ArrayList<>(criterion.indicators().size());
			for (Indicator indicator : criterion.indicators()) {
				indicators.add(evaluate(indicator, context, values.get(indicator.code()), set.requiresSetCode(), required));
			}
			results.add(new CriterionResult(criterion, combine(indicators), List.copyOf(indicators)));
		}
		return new SetResult(set.code(), set.version(), set.tier(), set.requiresSetCode(), List.copyOf(results),
				required);
	}

	public static IndicatorResult evaluate(Indicator indicator, EvaluationContext context, IndicatorValue value) {
		return evaluate(indicator, context, value, null, null);
	}

	// Quyết định 319/QĐ-TTg, điều kiện 1 và 2: "là xã NTM nâng cao"; "thu nhập cao hơn từ 10% so với mức xã NTM nâng cao"
	static IndicatorResult evaluate(Indicator indicator, EvaluationContext context, IndicatorValue value,
			String requiresSetCode, SetResult required) {
		if (indicator.valueType() == ValueType.REQUIRED_TIER) {
			IndicatorStatus reached = requiresSetCode == null || required == null
					|| !requiresSetCode.equals(required.setCode()) ? IndicatorStatus.THRESHOLD_UNKNOWN
							: required.tierStatus();
			IndicatorValue derived = reached == IndicatorStatus.MET || reached == IndicatorStatus.NOT_MET
					? IndicatorValue.of(reached == IndicatorStatus.MET) : null;
			return new IndicatorResult(indicator, derived, null, reached);
		}
		Optional<Threshold> threshold = applicableThreshold(indicator, context)
			.map(t -> t.relativeTo() == null ? t : resolve(t, context, required));
		if (value == null || value.isEmpty()) {
			return new IndicatorResult(indicator, value, threshold.orElse(null), IndicatorStatus.NO_DATA);
		}
		if (threshold.isEmpty() || !threshold.get().known()) {
			return new IndicatorResult(indicator, value, threshold.orElse(null), IndicatorStatus.THRESHOLD_UNKNOWN);
		}
		IndicatorStatus status = compare(indicator, value, threshold.get());
		return new IndicatorResult(indicator, value, threshold.get(), status);
	}

	/**
	 * A relative threshold with its value worked out: factor × the referred set's threshold for the same region and
	 * year, verified only when both the rule and that threshold are. Left unknown when the referred set is not in the
	 * chain of required evaluations or its threshold is unknown.
	 */
	static Threshold resolve(Threshold relative, EvaluationContext context, SetResult required) {
		Threshold.Relative rule = relative.relativeTo();
		SetResult base = required;
		while (base != null && !base.setCode().equals(rule.setCode())) {
			base = base.required();
		}
		if (base == null) {
			return relative;
		}
		Optional<Threshold> of = base.criteria().stream().flatMap(c -> c.criterion().indicators().stream())
			.filter(i -> i.code().equals(rule.indicatorCode())).findFirst()
			.flatMap(i -> applicableThreshold(i, context)).filter(Threshold::known);
		BigDecimal number = of.map(Threshold::number).orElse(null);
		if (number == null) {
			return relative;
		}
		// a decimal comma: "1.232" would read back as 1232 (Vietnamese thousands separator)
		String value = number.multiply(rule.factor()).stripTrailingZeros().toPlainString().replace('.', ',');
		String source = rule.factor().stripTrailingZeros().toPlainString().replace('.', ',') + " × " + of.get().value()
				+ (of.get().source() == null ? "" : " (" + of.get().source() + ")")
				+ (relative.source() == null ? "" : "; " + relative.source());
		return new Threshold(relative.region(), relative.year(), relative.provinceCode(), value, source,
				relative.verified() && of.get().verified(), relative.demo() || of.get().demo(), rule, null,
				relative.communeGroup());
	}

	/**
	 * The threshold that applies: a province's own level before the national one, a specific year before "every
	 * year", a specific region before "every region", a specific commune group before "every group". With thresholds
	 * by year, a year with none listed is unknown; with thresholds by commune group, a unit without a group has none
	 * (its group decides, and it is not known).
	 */
	public static Optional<Threshold> applicableThreshold(Indicator indicator, EvaluationContext context) {
		List<Threshold> thresholds = indicator.thresholds();
		boolean byYear = false;
		boolean byGroup = false;
		for (Threshold t : thresholds) {
			byYear |= t.year() != null;
			byGroup |= t.communeGroup() != null;
		}
		if (byGroup && context.communeGroup() == null) {
			return Optional.empty();
		}
		Threshold best = null;
		int bestRank = -1;
		for (Threshold t : thresholds) {
			if (t.provinceCode() != null && !t.provinceCode().equals(context.provinceCode())
					|| t.region() != null && t.region() != context.region()
					|| t.communeGroup() != null && !t.communeGroup().equals(context.communeGroup())
					|| byYear && (t.year() == null || t.year() != context.year())) {
				continue;
			}
			// a demo threshold fills a gap the reference leaves; it never hides a known reference value
			int rank = (t.provinceCode() != null ? 16 : 0) + (t.region() != null ? 8 : 0)
					+ (t.communeGroup() != null ? 4 : 0) + (t.known() ? 2 : 0) + (t.demo() ? 0 : 1);
			if (rank > bestRank) {
				best = t;
				bestRank = rank;
			}
		}
		return Optional.ofNullable(best);
	}

	static IndicatorStatus compare(Indicator indicator, IndicatorValue value, Threshold threshold) {
		return switch (indicator.comparison()) {
			case AT_LEAST, AT_MOST -> {
				BigDecimal limit = threshold.number();
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
			case EQUALS -> VietnameseText.fold(value.toString()).equals(VietnameseText.fold(threshold.value()))
					? IndicatorStatus.MET : IndicatorStatus.NOT_MET;
		};
	}


	/**
	 * Reads a threshold or value written as "50", "12,5", "12.5", "1.234,5" or "85%". Dots followed by groups of
	 * three digits are Vietnamese thousands separators ("1.234" is 1234), except after a leading zero ("0.125").
	 */
	public static BigDecimal parseNumber(String text) {
		return VietnameseFormat.parse(text);
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

	/** For whole sets: not met, then threshold unknown (undecidable whatever is entered), then no data, then met. */
	static IndicatorStatus worst(List<IndicatorStatus> statuses) {
		if (statuses.contains(IndicatorStatus.NOT_MET)) return IndicatorStatus.NOT_MET;
		if (statuses.contains(IndicatorStatus.THRESHOLD_UNKNOWN)) return IndicatorStatus.THRESHOLD_UNKNOWN;
		if (statuses.contains(IndicatorStatus.NO_DATA)) return IndicatorStatus.NO_DATA;
		return IndicatorStatus.MET;
	}

	/**
	 * The highest tier reached: standard when the standard set is all met; advanced when standard is reached and the
	 * advanced set is all met; model likewise on top of advanced. Evaluations of other tiers are ignored when missing.
	 */
	public static Optional<Tier> tierReached(List<SetResult> evaluations) {
		Tier reached = null;
		for (Tier tier : Tier.values()) {
			Optional<SetResult> e = evaluations.stream().filter(ev -> ev.tier() == tier).findFirst();
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
