package vn.ntm.assessment.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * Writes the status read model from the values: for every period at which a unit has values of a set (or, for a set
 * built on another, of any set down its chain), the unit's evaluation as of that period's end. A set built on
 * another (the model commune on the advanced on the standard) is evaluated with the unit's evaluation against the
 * required set in force on the same day. Summaries and the matrix then take, per unit, the latest row at or before
 * the asked period, which equals evaluating the carried-forward values there. {@link StatusReadModel} says when.
 */
@Component
class StatusProjection {

	private final ValueStore values;
	private final JdbcTemplate jdbc;
	private final Geography geography;
	private final CriteriaSets criteriaSets;
	private final Clock clock;

	StatusProjection(ValueStore values, JdbcTemplate jdbc, Geography geography, CriteriaSets criteriaSets,
			Clock clock) {
		this.values = values;
		this.jdbc = jdbc;
		this.geography = geography;
		this.criteriaSets = criteriaSets;
		this.clock = clock;
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

	/** The unit as it was at the date, or its latest form before it. */
	static Optional<AdministrativeUnit> unitAt(Geography geography, String code, LocalDate date) {
		return geography.find(code, date).or(() -> geography.findLatest(code, date));
	}

	/** The codes of the sets built, directly or down a chain, on {@code setCode}. */
	List<String> dependentsOf(String setCode) {
		List<CriteriaSet> all = criteriaSets.all();
		Set<String> found = new LinkedHashSet<>();
		Deque<String> queue = new ArrayDeque<>(List.of(setCode));
		while (!queue.isEmpty()) {
			String required = queue.poll();
			for (CriteriaSet s : all) {
				if (required.equals(s.requiresSetCode()) && !s.code().equals(setCode) && found.add(s.code())) {
					queue.add(s.code());
				}
			}
		}
		return List.copyOf(found);
	}

	/** Rebuilds every status row of the unit for the set from its values. */
	void rebuild(String unitCode, String setCode) {
		rebuildAll(List.of(unitCode), setCode);
	}

	/** Rebuilds the status rows of many units for the set: a few queries and two batches, whatever the count. */
	void rebuildAll(List<String> unitCodes, String setCode) {
		rebuildAll(unitCodes, List.of(setCode));
	}

	/**
	 * Rebuilds the status rows of many units for each of the sets, reading each set's values once for all of them
	 * (the sets built on another read the values down their chain).
	 */
	void rebuildAll(List<String> unitCodes, List<String> setCodes) {
		Map<String, Map<String, List<RecordedValue>>> bySet = new HashMap<>();
		setCodes.forEach(set -> rebuildAll(unitCodes, set, bySet));
	}

	private void rebuildAll(List<String> unitCodes, String setCode,
			Map<String, Map<String, List<RecordedValue>>> bySet) {
		Map<String, List<RecordedValue>> byUnit = values(unitCodes, setCode, bySet);
		Map<String, TreeSet<Period>> periods = periods(unitCodes, setCode, bySet);
		List<Object[]> keys = unitCodes.stream().map(u -> new Object[] { u, setCode }).toList();
		jdbc.batchUpdate("DELETE FROM assessment_criterion_status WHERE unit_code = ? AND set_code = ?", keys);
		jdbc.batchUpdate("DELETE FROM assessment_status WHERE unit_code = ? AND set_code = ?", keys);
		List<Object[]> statusRows = new ArrayList<>();
		List<Object[]> criterionRows = new ArrayList<>();
		OffsetDateTime now = OffsetDateTime.now(clock);
		Map<String, Optional<CriteriaSet>> sets = new HashMap<>();
		byUnit.forEach((unitCode, all) -> {
			Map<String, SetResult> byDate = new LinkedHashMap<>();
			for (Period period : periods.get(unitCode)) {
				LocalDate end = period.end();
				Optional<AdministrativeUnit> unit = unitAt(geography, unitCode, end);
				if (unit.isEmpty()) {
					continue;
				}
				Optional<CriteriaSet> set = inForce(sets, setCode, end, unit.get());
				if (set.isEmpty()) {
					continue;
				}
				SetResult evaluation = byDate.computeIfAbsent(end + "/" + set.get().version() + "/" + unit.get().path(),
						k -> evaluate(unitCodes, unit.get(), end, set.get(), all, bySet, sets, new HashSet<>()));
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

	/** The values of the units for the set, by unit (every unit present), read once per set. */
	private Map<String, List<RecordedValue>> values(List<String> unitCodes, String setCode,
			Map<String, Map<String, List<RecordedValue>>> bySet) {
		return bySet.computeIfAbsent(setCode, code -> {
			Map<String, List<RecordedValue>> byUnit = new LinkedHashMap<>();
			unitCodes.forEach(u -> byUnit.put(u, new ArrayList<>()));
			values.allMany(unitCodes, code).forEach(v -> byUnit.get(v.unitCode()).add(v));
			return byUnit;
		});
	}

	/**
	 * The periods of a row, by unit: those at which the unit has values of the set; for a set built on another,
	 * a unit that has values of the set also gets a row at each period of the sets down its chain (a change of the
	 * advanced result changes the model commune's status at that date).
	 */
	private Map<String, TreeSet<Period>> periods(List<String> unitCodes, String setCode,
			Map<String, Map<String, List<RecordedValue>>> bySet) {
		Map<String, TreeSet<Period>> periods = new HashMap<>();
		values(unitCodes, setCode, bySet).forEach((u, all) -> {
			periods.put(u, new TreeSet<>());
			all.forEach(v -> periods.get(u).add(v.period()));
		});
		String required = criteriaSets.find(setCode).filter(CriteriaSet::dependsOnOtherSets)
			.map(CriteriaSet::requiresSetCode).orElse(null);
		Set<String> seen = new HashSet<>(List.of(setCode));
		while (required != null && seen.add(required)) {
			values(unitCodes, required, bySet).forEach((u, all) -> {
				if (!periods.get(u).isEmpty()) {
					all.forEach(v -> periods.get(u).add(v.period()));
				}
			});
			required = criteriaSets.find(required).map(CriteriaSet::requiresSetCode).orElse(null);
		}
		return periods;
	}

	private Optional<CriteriaSet> inForce(Map<String, Optional<CriteriaSet>> sets, String setCode, LocalDate end,
			AdministrativeUnit unit) {
		return sets.computeIfAbsent(setCode + "|" + end + "|" + unit.provinceCode(),
				k -> criteriaSets.inForce(setCode, end, unit.provinceCode()));
	}

	/**
	 * The unit's evaluation against the set as of {@code end}, from its values carried forward; a set built on
	 * another is evaluated with the unit's evaluation against that one, and so on down the chain, as
	 * {@link CommuneStatus} does.
	 */
	private SetResult evaluate(List<String> unitCodes, AdministrativeUnit unit, LocalDate end, CriteriaSet set,
			List<RecordedValue> all, Map<String, Map<String, List<RecordedValue>>> bySet,
			Map<String, Optional<CriteriaSet>> sets, Set<String> seen) {
		SetResult required = null;
		if (set.dependsOnOtherSets() && set.requiresSetCode() != null && seen.add(set.code())) {
			required = inForce(sets, set.requiresSetCode(), end, unit)
				.map(r -> evaluate(unitCodes, unit, end, r, values(unitCodes, r.code(), bySet).get(unit.code()), bySet,
						sets, seen))
				.orElse(null);
		}
		return CriteriaEngine.evaluate(set, context(unit, end, geography), indicatorValues(asOf(all, end)), required);
	}

	/** What picks the unit's thresholds on the date: its region, province, year and commune group (2026–2030). */
	static EvaluationContext context(AdministrativeUnit unit, LocalDate date, Geography geography) {
		return new EvaluationContext(unit.evaluationRegion(), unit.provinceCode(), date.getYear(),
				geography.communeGroup(unit.code(), date).orElse(null));
	}

	List<String> unitsWithValues(String setCode) {
		return jdbc.queryForList("SELECT DISTINCT unit_code FROM assessment_value WHERE set_code = ?", String.class,
				setCode);
	}
}
