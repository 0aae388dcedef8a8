package vn.ntm.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;

import vn.ntm.assessment.UnitStatus;
import vn.ntm.criteria.Comparison;
import vn.ntm.criteria.CriteriaEngine;
import vn.ntm.criteria.IndicatorStatus;
import vn.ntm.shared.Message;
import vn.ntm.shared.Period;

/**
 * What a target unit still lacks for its tier, who answers for each gap, how it moved over the last months, and
 * whether it will make the deadline.
 * <p>
 * Risk rule, stated once here: let {@code left} be the criteria not yet met, {@code months} the whole months from the
 * end of the period analysed to the deadline (31/12 of the plan year unless the plan sets one), and {@code rate} the
 * net criteria gained per month over the trend window (oldest to newest period, never below zero).
 * <ul>
 * <li><b>on track</b>: nothing left; or the recent rate, kept up, closes every gap by the deadline
 * ({@code rate × months ≥ left}) and no criterion slipped back in the window;</li>
 * <li><b>off track</b>: the deadline has passed with criteria left; or more criteria are left than one per remaining
 * month could close ({@code left > months});</li>
 * <li><b>at risk</b>: everything else: the gaps can still be closed at one criterion a month, but the recent rate
 * does not show it, or a criterion met earlier in the window is no longer met.</li>
 * </ul>
 * One criterion a month is the pace the monthly review of each criterion by the district committees supports.
 */
// Quyết định 318/QĐ-TTg (criteria), the province's yearly directive (targets and the monthly review before the 15th)
public final class GapAnalysis {

	private GapAnalysis() {
	}

	public enum Risk { ON_TRACK, AT_RISK, OFF_TRACK }

	/** A department that answers for a criterion (its lead department). */
	public record Responsible(long organizationId, String name) {
	}

	/**
	 * @param distance how far the value is from the threshold, in the indicator's unit; null when the value or the
	 *                 threshold is not a number (then the gap reads "not met") or there is no value
	 */
	public record Gap(int criterion, String criterionName, String indicatorCode, String indicatorName, String unit,
			String comparison, String value, String threshold, BigDecimal distance, IndicatorStatus status,
			Responsible lead) {

		/** The gap as a message to translate: no data, no threshold, not met, or the distance. */
		public Message distanceText() {
			if (status == IndicatorStatus.NO_DATA) return Message.of("planning.gap.no-data");
			if (status == IndicatorStatus.THRESHOLD_UNKNOWN) return Message.of("planning.gap.no-threshold");
			return distance == null ? Message.of("planning.gap.not-met")
					: Message.of("planning.gap.distance", distance.stripTrailingZeros().toPlainString());
		}
	}

	/** A criterion's status at each period of the trend window, oldest first. */
	public record Trend(int criterion, String criterionName, List<IndicatorStatus> statuses) {
	}

	public record Report(String unitCode, String unitName, PlanTier tier, String setCode, Period period,
			int criteriaMet, int criteriaTotal, List<Gap> gaps, List<Period> trendPeriods, List<Trend> trends,
			List<Integer> metByPeriod, Risk risk, String riskReason, long monthsLeft, double ratePerMonth) {

		public int criteriaLeft() {
			return criteriaTotal - criteriaMet;
		}
	}

	/**
	 * @param current        the unit's status as of the period analysed
	 * @param history        its status at the earlier periods of the trend window, oldest first (may be empty)
	 * @param deadline       the day the target falls due
	 * @param leadDepartment the lead department of a criterion number, if one is assigned
	 * @param words          words the reason of the risk flag in the reader's language
	 */
	public static Report analyse(UnitStatus current, List<UnitStatus> history, PlanTier tier, LocalDate deadline,
			IntFunction<Optional<Responsible>> leadDepartment, Function<Message, String> words) {
		List<Gap> gaps = new ArrayList<>();
		for (UnitStatus.CriterionLine c : current.criteria()) {
			if (c.status() == IndicatorStatus.MET) {
				continue;
			}
			Responsible lead = leadDepartment.apply(c.number()).orElse(null);
			for (UnitStatus.IndicatorLine i : c.indicators()) {
				if (i.status() != IndicatorStatus.MET) {
					gaps.add(new Gap(c.number(), c.nameVi(), i.code(), i.nameVi(), i.unit(), i.comparison(), i.value(),
							i.threshold(), distance(i), i.status(), lead));
				}
			}
		}
		List<UnitStatus> window = new ArrayList<>(history);
		window.add(current);
		List<Period> periods = window.stream().map(UnitStatus::period).toList();
		List<Trend> trends = current.criteria().stream()
			.map(c -> new Trend(c.number(), c.nameVi(), window.stream().map(s -> statusOf(s, c.number())).toList()))
			.toList();
		List<Integer> metByPeriod = window.stream().map(UnitStatus::criteriaMet).toList();
		boolean slipped = trends.stream().anyMatch(GapAnalysis::slipped);
		long months = monthsLeft(current.period().end(), deadline);
		double rate = rate(window);
		int left = current.criteriaTotal() - current.criteriaMet();
		Risk risk = risk(left, months, rate, slipped);
		return new Report(current.unit().code(), current.unit().name(), tier, current.setCode(), current.period(),
				current.criteriaMet(), current.criteriaTotal(), gaps, periods, trends, metByPeriod, risk,
				words.apply(reason(risk, left, months, rate, slipped)), months, rate);
	}

	/** The risk flag of the class comment. */
	public static Risk risk(int criteriaLeft, long monthsLeft, double ratePerMonth, boolean slipped) {
		if (criteriaLeft <= 0) {
			return Risk.ON_TRACK;
		}
		if (monthsLeft <= 0 || criteriaLeft > monthsLeft) {
			return Risk.OFF_TRACK;
		}
		if (!slipped && ratePerMonth * monthsLeft >= criteriaLeft) {
			return Risk.ON_TRACK;
		}
		return Risk.AT_RISK;
	}

	/** Whole months from the end of the analysed period to the deadline; 0 once it has passed. */
	public static long monthsLeft(LocalDate periodEnd, LocalDate deadline) {
		if (!deadline.isAfter(periodEnd)) {
			return 0;
		}
		return ChronoUnit.MONTHS.between(YearMonth.from(periodEnd), YearMonth.from(deadline));
	}

	/** Net criteria gained per month from the oldest to the newest status of the window, never below zero. */
	static double rate(List<UnitStatus> window) {
		if (window.size() < 2) {
			return 0;
		}
		UnitStatus first = window.getFirst();
		UnitStatus last = window.getLast();
		long span = ChronoUnit.MONTHS.between(YearMonth.from(first.period().end()), YearMonth.from(last.period().end()));
		if (span <= 0) {
			return 0;
		}
		return Math.max(0, (double) (last.criteriaMet() - first.criteriaMet()) / span);
	}

	private static boolean slipped(Trend trend) {
		List<IndicatorStatus> s = trend.statuses();
		boolean seenMet = false;
		for (int i = 0; i < s.size(); i++) {
			if (s.get(i) == IndicatorStatus.MET) {
				seenMet = true;
			}
			else if (seenMet && i == s.size() - 1) {
				return true;
			}
		}
		return false;
	}

	private static IndicatorStatus statusOf(UnitStatus status, int criterion) {
		return status.criteria().stream().filter(c -> c.number() == criterion).map(UnitStatus.CriterionLine::status)
			.findFirst().orElse(IndicatorStatus.NO_DATA);
	}

	static BigDecimal distance(UnitStatus.IndicatorLine line) {
		if (line.status() != IndicatorStatus.NOT_MET || line.comparison() == null) {
			return null;
		}
		Comparison comparison;
		try {
			comparison = Comparison.parse(line.comparison());
		}
		catch (IllegalArgumentException e) {
			return null;
		}
		BigDecimal value = CriteriaEngine.parseNumber(line.value());
		BigDecimal threshold = CriteriaEngine.parseNumber(line.threshold());
		if (value == null || threshold == null) {
			return null;
		}
		return switch (comparison) {
			case AT_LEAST -> threshold.subtract(value);
			case AT_MOST -> value.subtract(threshold);
			default -> null;
		};
	}

	/** Why the unit has its risk flag: the pace, and what makes it short (or done, or too late). */
	public static Message reason(Risk risk, int left, long months, double rate, boolean slipped) {
		// the rate is one decimal, written in the reader's language by the bundle's {2,number,0.0}
		double shown = Math.round(rate * 10) / 10.0;
		return switch (risk) {
			case ON_TRACK -> left == 0 ? Message.of("planning.risk.reason.done")
					: Message.of("planning.risk.reason.pace", left, months, shown);
			case OFF_TRACK -> months <= 0 ? Message.of("planning.risk.reason.overdue", left)
					: Message.of("planning.risk.reason.too-many", left, months, shown);
			case AT_RISK -> slipped ? Message.of("planning.risk.reason.slipped", left, months, shown)
					: Message.of("planning.risk.reason.too-slow", left, months, shown);
		};
	}
}
