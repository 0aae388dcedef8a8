package vn.ntm.exchange.internal;

import java.util.List;
import java.util.Map;

import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.Indicator;
import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.shared.Period;

/** The area, set, communes and indicators a user gets in a template. */
public record Scope(AdministrativeUnit area, Period period, CriteriaSet set, List<AdministrativeUnit> communes,
		List<Indicator> indicators, Map<String, String> districtNames) {
}
