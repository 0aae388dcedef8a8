package vn.ntm.assessment.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ntm.assessment.RecordedValue;
import vn.ntm.criteria.CriteriaEngine;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.SetResult;
import vn.ntm.criteria.IndicatorStatus;
import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Geography;

/**
 * The queries of the status read model that {@link StatusProjection} writes: per commune under an area, the latest
 * status row at or before a date, and its criteria. The read model stores each row evaluated against the thresholds
 * of its own period; where a set has thresholds by year (income) and the latest row is of an earlier year, the
 * commune is evaluated again as of the date asked, from the same carried-forward values, read for all those communes
 * in one query.
 */
@Component
class StoredStatuses {

	private final JdbcClient jdbc;
	private final ValueStore store;
	private final Geography geography;

	StoredStatuses(JdbcClient jdbc, ValueStore store, Geography geography) {
		this.geography = geography;
		this.jdbc = jdbc;
		this.store = store;
	}

	/** A commune's latest status row; {@code criteria} by criterion number. */
	record Latest(String unitCode, String period, LocalDate periodEnd, int criteriaMet, int criteriaTotal,
			boolean allMet, Map<Integer, IndicatorStatus> criteria) {
	}

	/** The latest status of each of the communes under the area's path, without the criteria. */
	Map<String, Latest> latest(List<AdministrativeUnit> communes, String path, CriteriaSet set, LocalDate end) {
		Map<String, Latest> rows = new HashMap<>();
		jdbc.sql("""
				SELECT unit_code, period, period_end, criteria_met, criteria_total, all_met FROM (
				    SELECT unit_code, period, period_end, criteria_met, criteria_total, all_met,
				           ROW_NUMBER() OVER (PARTITION BY unit_code ORDER BY period_end DESC, period_kind ASC) AS rn
				    FROM assessment_status
				    WHERE set_code = :set AND unit_path LIKE :path AND period_end <= :end) latest
				WHERE rn = 1""")
			.param("set", set.code()).param("path", path + "%").param("end", end)
			.query((rs, n) -> new Latest(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getInt(4), rs.getInt(5), rs.getBoolean(6), Map.of()))
			.list().forEach(s -> rows.put(s.unitCode(), s));
		acrossYears(communes, rows, set, end, false);
		return rows;
	}

	/** As {@link #latest}, each with its criteria. */
	Map<String, Latest> latestWithCriteria(List<AdministrativeUnit> communes, String path, CriteriaSet set,
			LocalDate end) {
		Map<String, Map<Integer, IndicatorStatus>> cells = new HashMap<>();
		jdbc.sql("""
				SELECT c.unit_code, c.criterion_number, c.status FROM assessment_criterion_status c
				JOIN (SELECT unit_code, period FROM (
				        SELECT unit_code, period,
				               ROW_NUMBER() OVER (PARTITION BY unit_code ORDER BY period_end DESC, period_kind ASC) AS rn
				        FROM assessment_status
				        WHERE set_code = :set AND unit_path LIKE :path AND period_end <= :end) ranked
				      WHERE rn = 1) latest
				  ON latest.unit_code = c.unit_code AND latest.period = c.period
				WHERE c.set_code = :set""")
			.param("set", set.code()).param("path", path + "%").param("end", end)
			.query((rs, n) -> {
				cells.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
					.put(rs.getInt(2), IndicatorStatus.valueOf(rs.getString(3)));
				return null;
			}).list();
		Map<String, Latest> rows = new HashMap<>();
		latest(List.of(), path, set, end).forEach((code, s) -> rows.put(code, new Latest(code, s.period(),
				s.periodEnd(), s.criteriaMet(), s.criteriaTotal(), s.allMet(), cells.getOrDefault(code, Map.of()))));
		acrossYears(communes, rows, set, end, true);
		return rows;
	}

	private void acrossYears(List<AdministrativeUnit> communes, Map<String, Latest> rows, CriteriaSet set,
			LocalDate end, boolean withCriteria) {
		boolean byYear = set.criteria().stream().flatMap(c -> c.indicators().stream())
			.flatMap(i -> i.thresholds().stream()).anyMatch(t -> t.year() != null);
		if (!byYear) {
			return;
		}
		List<AdministrativeUnit> earlier = communes.stream().filter(c -> rows.containsKey(c.code())
				&& rows.get(c.code()).periodEnd().getYear() != end.getYear()).toList();
		if (earlier.isEmpty()) {
			return;
		}
		Map<String, List<RecordedValue>> byUnit = new HashMap<>();
		store.upToMany(earlier.stream().map(AdministrativeUnit::code).toList(), set.code(), end)
			.forEach(v -> byUnit.computeIfAbsent(v.unitCode(), k -> new ArrayList<>()).add(v));
		for (AdministrativeUnit c : earlier) {
			Latest s = rows.get(c.code());
			Map<String, RecordedValue> values = StatusProjection.asOf(byUnit.getOrDefault(c.code(), List.of()), end);
			SetResult e = CriteriaEngine.evaluate(set, StatusProjection.context(c, end, geography),
					StatusProjection.indicatorValues(values));
			Map<Integer, IndicatorStatus> criteria = new HashMap<>();
			if (withCriteria) {
				e.criteria().forEach(r -> criteria.put(r.criterion().number(), r.status()));
			}
			rows.put(c.code(), new Latest(c.code(), s.period(), s.periodEnd(), e.criteriaMet(), e.criteriaTotal(),
					e.allMet(), criteria));
		}
	}
}
