package vn.ntm.assessment.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.assessment.Assessments.ValueChange;
import vn.ntm.assessment.RecordedValue;
import vn.ntm.assessment.UnknownUnit;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.shared.Period;

/** The values as recorded: those of one period, those in force at a period's end, and every change of them. */
@Component
class ValueHistory {

	private final ReadableUnits units;
	private final ValueStore store;
	private final Clock clock;

	ValueHistory(ReadableUnits units, ValueStore store, Clock clock) {
		this.units = units;
		this.store = store;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<RecordedValue> values(String unitCode, Period period, String setCode) {
		AdministrativeUnit unit = units.readable(unitCode, period);
		CriteriaSet set = units.set(unit, period, setCode);
		return store.exactly(unit.code(), set.code(), period);
	}

	@Transactional(readOnly = true)
	Map<String, Map<String, RecordedValue>> valuesInForce(List<String> unitCodes, Period period, String setCode) {
		for (String code : unitCodes) {
			units.readable(code, period);
		}
		Map<String, List<RecordedValue>> byUnit = new HashMap<>();
		store.upToMany(unitCodes, setCode, period.end())
			.forEach(v -> byUnit.computeIfAbsent(v.unitCode(), k -> new ArrayList<>()).add(v));
		Map<String, Map<String, RecordedValue>> result = new LinkedHashMap<>();
		for (String code : unitCodes) {
			result.put(code, StatusProjection.asOf(byUnit.getOrDefault(code, List.of()), period.end()));
		}
		return result;
	}

	@Transactional(readOnly = true)
	List<ValueChange> history(String unitCode, String setCode, String indicatorCode) {
		List<ValueChange> changes = store.changes(unitCode, setCode, indicatorCode);
		if (changes.isEmpty()) {
			// refused outside the scope as when there is history, or the answer would tell which units have some;
			// any form of the unit the user may read will do (a code may lie in another province since 2025)
			units.readableInAnyForm(unitCode, LocalDate.now(clock));
			return List.of();
		}
		// the unit as it was when its values were recorded: after the 2025 reform a code may belong to another province
		LocalDate asOf = changes.stream().map(c -> Period.parse(c.period())).max(Comparator.naturalOrder())
			.map(Period::end).orElseThrow();
		units.readable(unitCode, asOf);
		return changes;
	}
}
