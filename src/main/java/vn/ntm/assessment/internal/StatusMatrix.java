package vn.ntm.assessment.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.assessment.CommuneRow;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.IndicatorStatus;
import vn.ntm.criteria.Tier;
import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Geography;
import vn.ntm.geography.UnitLevel;
import vn.ntm.recognition.Recognitions;
import vn.ntm.shared.Period;

/** The communes of an area, one row each with the status of every criterion: the matrix page and its export. */
@Component
class StatusMatrix {

	private final ReadableUnits units;
	private final Geography geography;
	private final StoredStatuses statuses;
	private final Recognitions recognitions;

	StatusMatrix(ReadableUnits units, Geography geography, StoredStatuses statuses, Recognitions recognitions) {
		this.units = units;
		this.geography = geography;
		this.statuses = statuses;
		this.recognitions = recognitions;
	}

	@Transactional(readOnly = true)
	List<CommuneRow> matrix(String unitCode, Period period) {
		AdministrativeUnit scope = units.readable(unitCode, period);
		LocalDate end = period.end();
		CriteriaSet set = units.set(scope, period, null);
		List<AdministrativeUnit> communes = scope.level() == UnitLevel.COMMUNE ? List.of(scope)
				: AreaCommunes.of(geography, scope, end);
		Map<String, StoredStatuses.Latest> latest = statuses.latestWithCriteria(communes, scope.path(), set, end);
		Map<String, Tier> held = recognitions.heldTiers(communes.stream().map(AdministrativeUnit::code).toList(), end);
		Map<String, String> districtNames = new HashMap<>();
		List<CommuneRow> rows = new ArrayList<>();
		for (AdministrativeUnit c : communes) {
			String districtName = districtNames.computeIfAbsent(c.parentCode(),
					code -> geography.findLatest(code, end).map(AdministrativeUnit::name).orElse(code));
			StoredStatuses.Latest s = latest.get(c.code());
			Map<Integer, IndicatorStatus> row = new LinkedHashMap<>();
			Map<Integer, IndicatorStatus> stored = s == null ? Map.of() : s.criteria();
			set.criteria().forEach(cr -> row.put(cr.number(), stored.getOrDefault(cr.number(), IndicatorStatus.NO_DATA)));
			rows.add(new CommuneRow(c.code(), c.name(), c.parentCode(), districtName, s == null ? null : s.period(),
					s == null ? 0 : s.criteriaMet(), set.criteria().size(), s != null && s.allMet(), row,
					held.get(c.code())));
		}
		return rows;
	}
}
