package vn.ntm.criteria;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * A unit evaluated against one criteria set version: per criterion results and how many criteria are met.
 *
 * @param requiresSetCode the set whose tier must be reached first, or null
 * @param required        the unit's evaluation against that set (itself with its own required one), or null when
 *                        it was not evaluated
 */
public record SetResult(String setCode, int setVersion, Tier tier, String requiresSetCode,
		List<CriterionResult> criteria, SetResult required) {

	public int criteriaMet() {
		return (int) criteria.stream().filter(CriterionResult::met).count();
	}

	public int criteriaTotal() {
		return criteria.size();
	}

	/** Every criterion met. A set with no criteria is never met: nothing was shown. */
	public boolean allMet() {
		return !criteria.isEmpty() && criteriaMet() == criteria.size();
	}

	/**
	 * The set as a whole: met when every criterion is; not met when one is not; otherwise "threshold unknown" before
	 * "no data", because a set with an unknown threshold cannot be decided whatever values are entered.
	 */
	public IndicatorStatus status() {
		if (criteria.isEmpty()) {
			return IndicatorStatus.THRESHOLD_UNKNOWN;
		}
		return CriteriaEngine.worst(criteria.stream().map(CriterionResult::status).toList());
	}

	/**
	 * Whether the unit reaches this set's tier: this set and, transitively, every set it requires (an advanced
	 * commune is a standard one first). Cannot be told ("threshold unknown") when a required evaluation is missing.
	 */
	public IndicatorStatus tierStatus() {
		IndicatorStatus own = status();
		if (requiresSetCode == null) {
			return own;
		}
		IndicatorStatus before = required == null || !requiresSetCode.equals(required.setCode())
				? IndicatorStatus.THRESHOLD_UNKNOWN : required.tierStatus();
		return CriteriaEngine.worst(List.of(own, before));
	}

	/**
	 * The codes of the sets whose unknown thresholds keep this evaluation from being decided: this set's own, a
	 * required set's (through an indicator taken from the required set's result), or the set a relative threshold
	 * refers to. Empty unless {@link #status()} is "threshold unknown".
	 */
	public List<String> thresholdsUnknownIn() {
		if (status() != IndicatorStatus.THRESHOLD_UNKNOWN) {
			return List.of();
		}
		LinkedHashSet<String> codes = new LinkedHashSet<>();
		for (CriterionResult c : criteria) {
			if (c.status() != IndicatorStatus.THRESHOLD_UNKNOWN) {
				continue;
			}
			if (c.indicators().isEmpty()) {
				codes.add(setCode);
			}
			for (IndicatorResult r : c.indicators()) {
				if (r.status() != IndicatorStatus.THRESHOLD_UNKNOWN) {
					continue;
				}
				if (r.indicator().valueType() == ValueType.REQUIRED_TIER) {
					codes.addAll(required == null ? List.of(requiresSetCode == null ? setCode : requiresSetCode)
							: required.tierThresholdsUnknownIn());
				}
				else if (r.threshold() != null && r.threshold().relativeTo() != null && !r.threshold().known()) {
					codes.add(r.threshold().relativeTo().setCode());
				}
				else {
					codes.add(setCode);
				}
			}
		}
		return List.copyOf(codes);
	}

	private List<String> tierThresholdsUnknownIn() {
		LinkedHashSet<String> codes = new LinkedHashSet<>();
		if (required != null) {
			codes.addAll(required.tierThresholdsUnknownIn());
		}
		codes.addAll(thresholdsUnknownIn());
		return List.copyOf(codes);
	}
}
