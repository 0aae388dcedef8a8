package vn.ntm.criteria;

import java.util.List;

/** A criterion's status and the results of its indicators. */
public record CriterionResult(Criterion criterion, IndicatorStatus status, List<IndicatorResult> indicators) {

	public boolean met() {
		return status == IndicatorStatus.MET;
	}
}
