package vn.ntm.reporting.internal;

import java.time.YearMonth;
import java.util.List;

import vn.ntm.reporting.ConsolidatedFigures.TargetLine;

/** Progress against the year's plan targets, from the planning module ({@link PlanningTargets}). */
public interface PlanTargets {

	/** Target lines of the plan for the month's year (province: every tier; district: its named targets); empty without a plan. */
	List<TargetLine> progress(String unitCode, YearMonth month);
}
