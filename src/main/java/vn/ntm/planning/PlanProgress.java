package vn.ntm.planning;

import java.math.BigDecimal;
import java.util.List;

import vn.ntm.criteria.Tier;
import vn.ntm.shared.Period;

/**
 * How far a plan has come as of a period. A named commune target is met when the commune meets every criterion of
 * its tier's set; recognition by decision is shown apart, as it comes later.
 */
public record PlanProgress(long planId, String provinceCode, int year, Period period, List<TierLine> tiers,
		List<DistrictLine> districts, List<NamedLine> named, List<AggregateLine> aggregates, List<KpiLine> kpis) {

	/**
	 * @param undecided  targets the system cannot judge yet (thresholds of the tier's set not entered, an unmatched
	 *                   name); neither met nor not met
	 * @param recognised units holding the tier (or a higher one) by decision at the end of the period
	 */
	public record TierLine(PlanTier tier, int targets, int met, int undecided, int recognised) {
	}

	public record DistrictLine(String districtCode, String districtName, int targets, int met, int recognised) {
	}

	/**
	 * @param districtCommittee   the district People's Committee whose chair answers for the target, or null
	 * @param supporters          the departments and sponsors assigned to support the unit in the plan year
	 * @param met                 null when the system cannot tell, {@code cannotTell} says why
	 * @param heldTier            the tier the unit holds by decision, or null
	 * @param thresholdsMissingIn with {@link CannotTell#THRESHOLDS_NOT_ENTERED}: the names of the sets whose
	 *                            thresholds must be entered first (the advanced set for a model commune)
	 */
	public record NamedLine(Target.Named target, String districtName, String districtCommittee,
			List<String> supporters, Integer criteriaMet, Integer criteriaTotal, Boolean met, Tier heldTier,
			boolean recognised, CannotTell cannotTell, List<String> thresholdsMissingIn) {
	}

	/** Why a named target's {@code met} is null. */
	public enum CannotTell {
		/** the name in the document is not matched to a unit */
		UNMATCHED_UNIT,
		/** a village, district or dossier target: no commune criteria set measures it */
		NOT_MEASURED,
		/** no criteria set of the target's tier is in force */
		NO_SET,
		/** the set, or a set it builds on, cannot be decided before its thresholds are entered */
		THRESHOLDS_NOT_ENTERED
	}

	/** @param achieved null when the system holds no data to compute it */
	public record AggregateLine(Target.Aggregate target, Integer achieved, String achievedText, Boolean met) {
	}

	/**
	 * @param latest       the latest value known at the end of the period: the latest recorded one, or the
	 *                     document's baseline when none was recorded or the baseline is newer
	 * @param latestPeriod the period of that value (2024, 2024-Q2, 2024-05), or null
	 * @param latestSource the document or report stating it; null for the plan document's baseline
	 * @param met          whether the latest value satisfies the target's bound
	 */
	public record KpiLine(Target.Kpi target, BigDecimal latest, Integer latestYear, String latestPeriod,
			String latestSource, boolean met) {
	}
}
