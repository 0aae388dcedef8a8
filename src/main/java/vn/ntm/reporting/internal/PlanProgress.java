package vn.ntm.reporting.internal;

import java.time.YearMonth;
import java.util.List;

import vn.ntm.reporting.ConsolidatedFigures.TargetLine;

/**
 * Extension point for progress against the year's plan targets (the planning module). Until planning publishes its
 * API the only implementation is {@link NoPlanProgress} and reports say that no plan is available.
 */
public interface PlanProgress {

	/** Target lines of the unit's plan for the month's year (province: every tier; district: its targets). */
	List<TargetLine> progress(String unitCode, YearMonth month);
}
