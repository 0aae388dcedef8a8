package vn.ntm.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import vn.ntm.criteria.Tier;
import vn.ntm.shared.Period;

/**
 * The headline figures of a province or district for a period: communes in scope (rural communes, type Xã),
 * how many meet every criterion, how many are recognised at each tier (at least that tier), and the average
 * number of criteria met per commune (communes without data count as meeting none).
 */
public record Summary(String unitCode, String unitName, Period period, String setCode, int communesInScope,
		int meetingAllCriteria, int recognised, Map<Tier, Integer> recognisedByTier, BigDecimal averageCriteriaMet,
		int communesWithData, List<Line> districts) {

	/** The same figures for one district. */
	public record Line(String unitCode, String unitName, int communesInScope, int meetingAllCriteria, int recognised,
			Map<Tier, Integer> recognisedByTier, BigDecimal averageCriteriaMet, int communesWithData) {
	}
}
