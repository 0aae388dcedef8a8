package vn.ntm.planning;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A plan target: a named unit to reach a tier, an aggregate count or share, or a province KPI. */
public sealed interface Target {

	long id();

	String note();

	/**
	 * A named unit to reach a tier in the plan year ("Đăk Mar (Đăk Hà) đạt xã NTM kiểu mẫu").
	 *
	 * @param unitCode     the unit's code, or null when the name in the source could not be tied to one (unmatched)
	 * @param sourceName   the name as the document writes it
	 * @param districtCode the district whose People's Committee (and its chair) answers for the target, or null
	 * @param deadline     a date the document sets, or null for the end of the plan year
	 */
	record Named(long id, PlanTier tier, String unitCode, String unitName, String sourceName, String districtCode,
			LocalDate deadline, String note) implements Target {

		public boolean matched() {
			return unitCode != null;
		}
	}

	/**
	 * A count or share over the units of a scope ("7 more NTM communes", "95/95 villages", "100% of wards keep …").
	 *
	 * @param scopeUnitCode the unit whose units are counted (the province, usually)
	 * @param count         how many units (MORE_UNITS, UNITS_OF_TOTAL), or null
	 * @param ofTotal       out of how many (UNITS_OF_TOTAL), or null
	 * @param percent       the share (SHARE_OF_UNITS), or null
	 * @param indicator     the indicator or title the share keeps (SHARE_OF_UNITS), or null
	 */
	record Aggregate(long id, PlanTier tier, Measure measure, String description, String scopeUnitCode,
			Integer count, Integer ofTotal, BigDecimal percent, String indicator, LocalDate deadline, String note)
			implements Target {
	}

	/**
	 * A province KPI target ("households on central water supply ≥ 50% by 2025").
	 *
	 * @param baselineValue the latest value the document states, or null
	 * @param baselineYear  the year of that value, or null
	 */
	record Kpi(long id, String indicator, String unitOfMeasure, Bound bound, BigDecimal targetValue,
			LocalDate deadline, BigDecimal baselineValue, Integer baselineYear, String note) implements Target {

		/** True when {@code value} satisfies the target. */
		public boolean metBy(BigDecimal value) {
			if (value == null || targetValue == null) {
				return false;
			}
			int c = value.compareTo(targetValue);
			return switch (bound) {
				case AT_LEAST -> c >= 0;
				case MORE_THAN -> c > 0;
				case AT_MOST -> c <= 0;
			};
		}
	}

	enum Measure {
		/** n more units reach the tier during the year */
		MORE_UNITS,
		/** n of m units do or reach something */
		UNITS_OF_TOTAL,
		/** a share of the scope's units keep an indicator or title */
		SHARE_OF_UNITS
	}

	enum Bound {
		AT_LEAST("≥"), MORE_THAN(">"), AT_MOST("≤");

		private final String symbol;

		Bound(String symbol) {
			this.symbol = symbol;
		}

		public String symbol() {
			return symbol;
		}
	}
}
