package vn.ntm.assessment;

import java.util.List;

import vn.ntm.criteria.IndicatorStatus;
import vn.ntm.criteria.Tier;
import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.shared.Period;

/**
 * A unit's status against a criteria set as of the end of a period: each indicator takes the latest value recorded
 * for a period ending on or before that day, so a status always shows where each figure came from. A set that builds
 * on another (the model commune on the advanced one) is evaluated with the unit's status against that one.
 *
 * @param status               the set as a whole: met, not met, no data, or "threshold unknown" when it cannot be
 *                             decided whatever is entered
 * @param thresholdsUnknownIn  when it cannot be decided: the codes of the sets whose thresholds must be entered first
 */
public record UnitStatus(AdministrativeUnit unit, Period period, String setCode, int setVersion, String setName,
		List<CriterionLine> criteria, int criteriaMet, int criteriaTotal, boolean allMet, Tier tierReached,
		Tier recognisedTier, IndicatorStatus status, List<String> thresholdsUnknownIn) {

	public UnitStatus {
		thresholdsUnknownIn = thresholdsUnknownIn == null ? List.of() : List.copyOf(thresholdsUnknownIn);
	}

	public record CriterionLine(int number, String nameVi, String nameEn, IndicatorStatus status,
			List<IndicatorLine> indicators) {
	}

	/**
	 * @param valuePeriod the period the value was recorded for (may be earlier than the status period)
	 * @param threshold   the threshold applied, or null when none is known
	 */
	public record IndicatorLine(String code, String nameVi, String nameEn, String unit, String comparison,
			String value, String valuePeriod, Long valueVersion, String threshold, String thresholdSource,
			boolean thresholdVerified, boolean thresholdDemo, IndicatorStatus status) {
	}
}
