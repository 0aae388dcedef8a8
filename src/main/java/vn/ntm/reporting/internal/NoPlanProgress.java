package vn.ntm.reporting.internal;

import java.time.YearMonth;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.ntm.reporting.ConsolidatedFigures.TargetLine;

/** Used while no planning module provides plan targets. */
@Component
class NoPlanProgress implements PlanProgress {

	@Override
	public List<TargetLine> progress(String unitCode, YearMonth month) {
		return List.of();
	}
}
