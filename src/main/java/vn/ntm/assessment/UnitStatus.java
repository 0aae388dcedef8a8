package vn.ntm.assessment;

import java.util.List;

import vn.ntm.criteria.IndicatorStatus;
import vn.ntm.criteria.Tier;
import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.shared.Period;

/**
 * A unit's status against a criteria set as of the end of a period: each indicator takes the latest value recorded
 * for a period ending on or before that day, so a status always shows where each figure came from.
 */
public record UnitStatus(AdministrativeUnit unit, Period period, String setCode, int setVersion, String setName,
		List<CriterionLine> criteria, int criteriaMet, int criteriaTotal, boolean allMet, Tier tierReached,
		Tier recognisedTier) {

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
