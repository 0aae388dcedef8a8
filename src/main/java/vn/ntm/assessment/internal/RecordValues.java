package vn.ntm.assessment.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.ntm.assessment.RecordedValue;
import vn.ntm.assessment.ValueConflict;
import vn.ntm.assessment.ValuesChanged;
import vn.ntm.assessment.ValuesRecorded;
import vn.ntm.assessment.ValuesTag;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.CriteriaSets;
import vn.ntm.criteria.SetLevel;
import vn.ntm.criteria.Tier;
import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.identity.Access;
import vn.ntm.shared.Period;

/**
 * The steps {@code Assessments.record} (one unit) and {@code recordAll} (many units) share once their input is
 * validated: the set in force, the write permission per criterion, and the write itself. The write reads the stored
 * values once per set and period, checks the versions the user saw, writes inserts, updates, deletes and history as
 * JDBC batches across all units and publishes {@link ValuesRecorded} per set (the status read model is
 * rebuilt from it, see {@link StatusReadModel}). Nothing is written while any conflict remains. Runs in the caller's
 * transaction. The one write path of the module's values.
 */
@Component
class RecordValues {

	/** One unit's validated values for one period and set. */
	record Entry(AdministrativeUnit unit, Period period, CriteriaSet set, List<ValueValidation.Valid> valid) {
	}

	enum Mode {
		/** A form for one unit: a conflict names the indicator, a blank note or evidence clears the stored one. */
		ONE_UNIT,
		/**
		 * Many units from a spreadsheet, which has no notes: a missing note or evidence keeps the stored one, and a
		 * conflict names unit/indicator.
		 */
		MANY_UNITS
	}

	/**
	 * The counts of a write and its changes in write order (empty when nothing changed); for one unit, the
	 * {@link ValuesTag} of its values after the write (null for many).
	 */
	record Written(int created, int updated, int cleared, int unchanged, List<ValueStore.Change> changes, String tag) {
	}

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RecordValues.class);

	private final ValueStore store;
	private final CriteriaSets criteriaSets;
	private final Access access;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final UnitLocks locks;

	RecordValues(ValueStore store, CriteriaSets criteriaSets, Access access, ApplicationEventPublisher events,
			Clock clock, UnitLocks locks) {
		this.locks = locks;
		this.store = store;
		this.criteriaSets = criteriaSets;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	/** The set named, in force for the unit at the period's end; with no code, the commune standard set in force. */
	Optional<CriteriaSet> setInForce(AdministrativeUnit unit, Period period, String setCode) {
		LocalDate end = period.end();
		if (setCode == null || setCode.isBlank()) {
			return criteriaSets.inForce(SetLevel.COMMUNE, end, unit.provinceCode()).stream()
				.filter(s -> s.tier() == Tier.STANDARD).findFirst();
		}
		return criteriaSets.inForce(setCode, end, unit.provinceCode());
	}

	/** The indicators of the entry whose criterion the user may not write, asking once per criterion. */
	List<String> deniedIndicators(Entry entry) {
		Map<Integer, Boolean> writable = new HashMap<>();
		List<String> denied = new ArrayList<>();
		for (ValueValidation.Valid v : entry.valid()) {
			int criterion = entry.set().criterionOf(v.indicator().code()).orElseThrow().number();
			if (!writable.computeIfAbsent(criterion,
					c -> access.canWriteValue(entry.unit(), entry.set().code(), c))) {
				denied.add(v.indicator().code());
			}
		}
		return denied;
	}

	Written write(List<Entry> entries, Mode mode, String historyId, String source) {
		return write(entries, mode, historyId, source, null);
	}

	/**
	 * Writes the entries once the units are locked, so the values read for the version checks (and the
	 * {@code ifMatch} tag of one unit's values, null for none) are those the write replaces.
	 */
	Written write(List<Entry> entries, Mode mode, String historyId, String source, String ifMatch) {
		locks.lock(entries.stream().map(e -> e.unit().code()).toList());
		Map<String, List<Entry>> groups = new LinkedHashMap<>();
		for (Entry e : entries) {
			groups.computeIfAbsent(e.set().code() + "|" + e.period(), k -> new ArrayList<>()).add(e);
		}
		String user = access.currentUsername();
		OffsetDateTime now = OffsetDateTime.now(clock);
		List<RecordedValue> inserts = new ArrayList<>();
		List<RecordedValue> updates = new ArrayList<>();
		List<Long> expected = new ArrayList<>();
		List<RecordedValue> deletes = new ArrayList<>();
		List<ValueStore.Change> changes = new ArrayList<>();
		List<ValueConflict.Conflict> conflicts = new ArrayList<>();
		Map<String, Set<String>> touched = new LinkedHashMap<>();
		Map<String, RecordedValue> stateOfOne = new HashMap<>();
		int unchanged = 0;
		for (List<Entry> group : groups.values()) {
			CriteriaSet set = group.getFirst().set();
			Period period = group.getFirst().period();
			Map<String, RecordedValue> existing = new HashMap<>();
			for (RecordedValue v : store.exactlyMany(group.stream().map(e -> e.unit().code()).toList(), set.code(),
					period)) {
				existing.put(v.unitCode() + "|" + v.indicatorCode(), v);
			}
			if (mode == Mode.ONE_UNIT) {
				stateOfOne.putAll(existing);
				String current = ValuesTag.of(List.copyOf(existing.values()));
				if (!ValuesTag.admits(ifMatch, current)) {
					throw new ValuesChanged(current);
				}
			}
			for (Entry e : group) {
				String unit = e.unit().code();
				for (ValueValidation.Valid v : e.valid()) {
					String code = v.indicator().code();
					RecordedValue before = existing.get(unit + "|" + code);
					Long seen = v.input().version();
					long current = before == null ? 0 : before.version();
					if (seen != null && seen != current) {
						conflicts.add(new ValueConflict.Conflict(mode == Mode.ONE_UNIT ? code : unit + "/" + code,
								seen, current, before == null ? null : before.display(),
								before == null ? null : before.recordedBy(),
								v.value() == null ? null : v.value().toString()));
						continue;
					}
					if (v.clears()) {
						if (before == null) {
							unchanged++;
							continue;
						}
						deletes.add(before);
						changes.add(new ValueStore.Change(before, null));
					}
					else {
						String note = blankToNull(v.input().note());
						String evidence = blankToNull(v.input().evidence());
						if (mode == Mode.MANY_UNITS && before != null) {
							note = note != null ? note : before.note();
							evidence = evidence != null ? evidence : before.evidenceRef();
						}
						RecordedValue after = new RecordedValue(unit, period, set.code(), code, v.value().number(),
								v.value().text(), note, evidence, user, now, source, current + 1);
						if (before == null) {
							inserts.add(after);
						}
						else if (same(before, after)) {
							unchanged++;
							continue;
						}
						else {
							updates.add(after);
							expected.add(before.version());
						}
						changes.add(new ValueStore.Change(before, after));
					}
					touched.computeIfAbsent(set.code() + "|" + period, k -> new LinkedHashSet<>()).add(unit);
				}
			}
		}
		if (!conflicts.isEmpty()) {
			throw new ValueConflict(conflicts);
		}
		long start = System.nanoTime();
		store.insert(inserts);
		int[] updated = store.update(updates, expected);
		int[] deleted = store.delete(deletes);
		for (int i = 0; i < updated.length; i++) {
			if (updated[i] == 0) {
				throw lostUpdate(mode, updates.get(i), expected.get(i));
			}
		}
		for (int count : deleted) {
			if (count == 0) {
				throw new ValueConflict(List.of());
			}
		}
		if (!changes.isEmpty()) {
			store.history(changes, historyId);
			log.debug("batch {}: {} values written with history in {} ms", historyId, changes.size(),
					(System.nanoTime() - start) / 1_000_000);
			// by set: the rebuild of a unit covers all its periods at once
			Map<String, Set<String>> unitsBySet = new LinkedHashMap<>();
			Map<String, Set<Period>> periodsBySet = new LinkedHashMap<>();
			touched.forEach((key, units) -> {
				int bar = key.lastIndexOf('|');
				String set = key.substring(0, bar);
				unitsBySet.computeIfAbsent(set, k -> new java.util.TreeSet<>()).addAll(units);
				periodsBySet.computeIfAbsent(set, k -> new java.util.TreeSet<>()).add(Period.parse(key.substring(bar + 1)));
			});
			unitsBySet.forEach((set, units) -> {
				List<String> codes = List.copyOf(units);
				List<String> periods = periodsBySet.get(set).stream().map(Period::toString).toList();
				for (int from = 0; from < codes.size(); from += ValuesRecorded.MAX_UNITS) {
					events.publishEvent(new ValuesRecorded(
							codes.subList(from, Math.min(codes.size(), from + ValuesRecorded.MAX_UNITS)), periods, set));
				}
			});
		}
		String tag = null;
		if (mode == Mode.ONE_UNIT) {
			for (ValueStore.Change c : changes) {
				RecordedValue any = c.after() != null ? c.after() : c.before();
				String key = any.unitCode() + "|" + any.indicatorCode();
				if (c.after() == null) {
					stateOfOne.remove(key);
				}
				else {
					stateOfOne.put(key, c.after());
				}
			}
			tag = ValuesTag.of(List.copyOf(stateOfOne.values()));
		}
		return new Written(inserts.size(), updates.size(), deletes.size(), unchanged, List.copyOf(changes), tag);
	}

	/** Another transaction changed the value between our read and our write. */
	private static ValueConflict lostUpdate(Mode mode, RecordedValue update, long expected) {
		if (mode == Mode.MANY_UNITS) {
			return new ValueConflict(List.of());
		}
		return new ValueConflict(List.of(new ValueConflict.Conflict(update.indicatorCode(), expected, -1, null, null,
				update.display())));
	}

	private static boolean same(RecordedValue a, RecordedValue b) {
		boolean sameNumber = a.number() == null ? b.number() == null
				: b.number() != null && a.number().compareTo(b.number()) == 0;
		return sameNumber && Objects.equals(a.text(), b.text()) && Objects.equals(a.note(), b.note())
				&& Objects.equals(a.evidenceRef(), b.evidenceRef());
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}
}
