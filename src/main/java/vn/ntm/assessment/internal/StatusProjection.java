package vn.ntm.assessment.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.ntm.assessment.RecordedValue;
import vn.ntm.criteria.CriteriaEngine;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.CriteriaSets;
import vn.ntm.criteria.CriterionResult;
import vn.ntm.criteria.SetResult;
import vn.ntm.criteria.EvaluationContext;
import vn.ntm.criteria.IndicatorValue;
import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Geography;
import vn.ntm.shared.Period;

/**
 * Keeps the status read model in step with the values: for every period at which a unit has values, the unit's
 * evaluation as of that period's end. Summaries and the matrix then take, per unit, the latest row at or before
 * the asked period, which equals evaluating the carried-forward values there.
 */
@Component
class StatusProjection {

	private final ValueStore values;
	private final JdbcTemplate jdbc;
	private final Geography geography;
	private final CriteriaSets criteriaSets;

	StatusProjection(ValueStore values, JdbcTemplate jdbc, Geography geography, CriteriaSets criteriaSets) {
		this.values = values;
		this.jdbc = jdbc;
		this.geography = geography;
		this.criteriaSets = criteriaSets;
	}

	/**
	 * Per indicator, the value of the latest period ending on or before {@code date}; between periods ending on the
	 * same day the coarser one wins (a year-end assessment over the December figure).
	 */
	static Map<String, RecordedValue> asOf(List<RecordedValue> all, LocalDate date) {
		Map<String, RecordedValue> latest = new HashMap<>();
		for (RecordedValue v : all) {
			if (v.period().end().isAfter(date)) {
				continue;
			}
			latest.merge(v.indicatorCode(), v, (a, b) -> {
				int c = a.period().end().compareTo(b.period().end());
				if (c != 0) return c > 0 ? a : b;
				return a.period().kind().ordinal() <= b.period().kind().ordinal() ? a : b;
			});
		}
		return latest;
	}

	static Map<String, IndicatorValue> indicatorValues(Map<String, RecordedValue> values) {
		Map<String, IndicatorValue> result = new HashMap<>();
		values.forEach((code, v) -> result.put(code, v.value()));
		return result;
	}

	Optional<AdministrativeUnit> unitAt(String code, LocalDate date) {
		return geography.find(code, date).or(() -> geography.findLatest(code, date));
	}

	/** Rebuilds every status row of the unit for the set from its values. */
	void rebuild(String unitCode, String setCode) {
		rebuildAll(List.of(unitCode), setCode);
	}

	/** Rebuilds the status rows of many units for the set: a few queries and two batches, whatever the count. */
	void rebuildAll(List<String> unitCodes, String setCode) {
		Map<String, List<RecordedValue>> byUnit = new LinkedHashMap<>();
		unitCodes.forEach(u -> byUnit.put(u, new ArrayList<>()));
		values.allMany(unitCodes, setCode).forEach(v -> byUnit.get(v.unitCode()).add(v));
		List<Object[]> keys = unitCodes.stream().map(u -> new Object[] { u, setCode }).toList();
		jdbc.batchUpdate("DELETE FROM assessment_criterion_status WHERE unit_code = ? AND set_code = ?", keys);
		jdbc.batchUpdate("DELETE FROM assessment_status WHERE unit_code = ? AND set_code = ?", keys);
		List<Object[]> statusRows = new ArrayList<>();
		List<Object[]> criterionRows = new ArrayList<>();
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		Map<String, Optional<CriteriaSet>> sets = new HashMap<>();
		byUnit.forEach((unitCode, all) -> {
			TreeSet<Period> periods = new TreeSet<>();
			all.forEach(v -> periods.add(v.period()));
			Map<String, SetResult> byDate = new LinkedHashMap<>();
			for (Period period : periods) {
				LocalDate end = period.end();
				Optional<AdministrativeUnit> unit = unitAt(unitCode, end);
				if (unit.isEmpty()) {
					continue;
				}
				Optional<CriteriaSet> set = sets.computeIfAbsent(end + "|" + unit.get().provinceCode(),
						k -> criteriaSets.inForce(setCode, end, unit.get().provinceCode()));
				// the read model serves the province and district figures; a set whose result depends on another
				// set's values (the model commune) is evaluated on read by Assessments.status instead
				if (set.isEmpty() || set.get().dependsOnOtherSets()) {
					continue;
				}
				SetResult evaluation = byDate.computeIfAbsent(end + "/" + set.get().version() + "/" + unit.get().path(),
						k -> CriteriaEngine.evaluate(set.get(), context(unit.get(), end), indicatorValues(asOf(all, end))));
				statusRows.add(new Object[] { unitCode, period.toString(), end, period.kind().ordinal(), setCode,
						set.get().version(), set.get().tier().name(), unit.get().path(), unit.get().isRuralCommune(),
						evaluation.criteriaMet(), evaluation.criteriaTotal(), evaluation.allMet(), now });
				for (CriterionResult c : evaluation.criteria()) {
					criterionRows.add(new Object[] { unitCode, period.toString(), setCode, c.criterion().number(),
							c.status().name() });
				}
			}
		});
		jdbc.batchUpdate("""
				INSERT INTO assessment_status (unit_code, period, period_end, period_kind, set_code, set_version, tier,
				    unit_path, rural_commune, criteria_met, criteria_total, all_met, evaluated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", statusRows);
		jdbc.batchUpdate("""
				INSERT INTO assessment_criterion_status (unit_code, period, set_code, criterion_number, status)
				VALUES (?, ?, ?, ?, ?)""", criterionRows);
	}

	static EvaluationContext context(AdministrativeUnit unit, LocalDate date) {
		return new EvaluationContext(unit.evaluationRegion(), unit.provinceCode(), date.getYear());
	}

	List<String> unitsWithValues(String setCode) {
		return jdbc.queryForList("SELECT DISTINCT unit_code FROM assessment_value WHERE set_code = ?", String.class,
				setCode);
	}
}
