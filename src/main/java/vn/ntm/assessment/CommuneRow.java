package vn.ntm.assessment;

import java.util.Map;

import vn.ntm.criteria.IndicatorStatus;
import vn.ntm.criteria.Tier;

/**
 * A row of the commune × criteria matrix.
 *
 * @param statusPeriod the period of the status row used (the latest at or before the asked period), or null
 */
public record CommuneRow(String unitCode, String unitName, String districtCode, String districtName,
		String statusPeriod, int criteriaMet, int criteriaTotal, boolean allMet,
		Map<Integer, IndicatorStatus> criteria, Tier recognisedTier) {
}
