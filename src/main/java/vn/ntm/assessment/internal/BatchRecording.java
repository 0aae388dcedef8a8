package vn.ntm.assessment.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.ntm.assessment.BatchResult;
import vn.ntm.assessment.IndicatorValuesRecorded;
import vn.ntm.assessment.RecordedValue;
import vn.ntm.assessment.UnitValues;
import vn.ntm.assessment.ValueConflict;
import vn.ntm.assessment.ValueError;
import vn.ntm.assessment.ValueWriteDenied;
import vn.ntm.assessment.ValuesRejected;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.CriteriaSets;
import vn.ntm.criteria.SetLevel;
import vn.ntm.criteria.Tier;
import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.identity.Access;
import vn.ntm.shared.AuditEvent;
import vn.ntm.shared.Period;

/**
 * The bulk write behind {@code Assessments.recordAll}: validates every unit first (nothing touched while any problem
 * remains), then reads the existing values of all units in a few queries, writes inserts, updates, deletes and
 * history as JDBC batches and rebuilds the read model for all units at once. Runs in the caller's transaction.
 */
@Component
class BatchRecording {

	private final ValueStore store;
	private final StatusProjection projection;
	private final CriteriaSets criteriaSets;
	private final Access access;
	private final ApplicationEventPublisher events;
	private final MessageSource messages;

	BatchRecording(ValueStore store, StatusProjection projection, CriteriaSets criteriaSets, Access access,
			ApplicationEventPublisher events, MessageSource messages) {
		this.store = store;
		this.projection = projection;
		this.criteriaSets = criteriaSets;
		this.access = access;
		this.events = events;
		this.messages = messages;
	}

	private String text(String code, Object... args) {
		return messages.getMessage("assessment.error." + code, args, code, LocaleContextHolder.getLocale());
	}

	private record Checked(AdministrativeUnit unit, Period period, CriteriaSet set, List<ValueValidation.Valid> valid) {
	}

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(BatchRecording.class);

	BatchResult recordAll(String batchId, List<UnitValues> batch, String source) {
		long start = System.nanoTime();
		List<ValueError> errors = new ArrayList<>();
		List<Checked> checked = new ArrayList<>();
		Map<String, Optional<CriteriaSet>> sets = new HashMap<>();
		Map<String, Boolean> writable = new HashMap<>();
		List<String> deniedUnits = new ArrayList<>();
		List<String> denied = new ArrayList<>();
		Set<String> seen = new java.util.HashSet<>();
		for (int i = 0; i < batch.size(); i++) {
			UnitValues u = batch.get(i);
			String prefix = "units[" + i + "].";
			String label = u.unitCode() + ": ";
			Period period;
			try {
				period = Period.parse(u.period());
			}
			catch (IllegalArgumentException e) {
				errors.add(new ValueError(prefix + "period", null, "malformed-period",
						label + text("malformed-period", u.period())));
				continue;
			}
			Optional<AdministrativeUnit> unit = projection.unitAt(u.unitCode(), period.end());
			if (unit.isEmpty()) {
				errors.add(new ValueError(prefix + "unit", null, "unknown-unit", text("unknown-unit", u.unitCode())));
				continue;
			}
			if (!access.canRead(unit.get())) {
				deniedUnits.add(u.unitCode());
				continue;
			}
			String setKey = u.setCode() + "|" + period.end() + "|" + unit.get().provinceCode();
			Optional<CriteriaSet> set = sets.computeIfAbsent(setKey, k -> resolve(unit.get(), period, u.setCode()));
			if (set.isEmpty()) {
				errors.add(new ValueError(prefix + "set", null, "set-not-valid",
						label + text("set-not-valid", u.setCode(), period)));
				continue;
			}
			if (!seen.add(unit.get().code() + "|" + set.get().code() + "|" + period)) {
				errors.add(new ValueError(prefix + "unit", null, "duplicate-unit",
						label + text("duplicate-indicator", u.unitCode())));
				continue;
			}
			ValueValidation.Outcome outcome = ValueValidation.check(set.get(), u.values(), this::text);
			for (ValueError e : outcome.errors()) {
				errors.add(new ValueError(prefix + e.field(), e.indicator(), e.code(), label + e.message()));
			}
			for (ValueValidation.Valid v : outcome.valid()) {
				int criterion = set.get().criterionOf(v.indicator().code()).orElseThrow().number();
				boolean ok = writable.computeIfAbsent(unit.get().code() + "|" + set.get().code() + "|" + criterion,
						k -> access.canWriteValue(unit.get(), set.get().code(), criterion));
				if (!ok) denied.add(u.unitCode() + "/" + v.indicator().code());
			}
			checked.add(new Checked(unit.get(), period, set.get(), outcome.valid()));
		}
		if (!deniedUnits.isEmpty()) {
			throw new ValueWriteDenied(deniedUnits.getFirst(), List.of());
		}
		if (!errors.isEmpty()) {
			throw new ValuesRejected(errors);
		}
		if (!denied.isEmpty()) {
			throw new ValueWriteDenied(denied.getFirst().substring(0, denied.getFirst().indexOf('/')), denied);
		}
		log.debug("batch {}: {} units checked in {} ms", batchId, checked.size(), (System.nanoTime() - start) / 1_000_000);
		return write(batchId, checked, source);
	}

	private Optional<CriteriaSet> resolve(AdministrativeUnit unit, Period period, String setCode) {
		LocalDate end = period.end();
		if (setCode == null || setCode.isBlank()) {
			return criteriaSets.inForce(SetLevel.COMMUNE, end, unit.provinceCode()).stream()
				.filter(s -> s.tier() == Tier.STANDARD).findFirst();
		}
		return criteriaSets.inForce(setCode, end, unit.provinceCode());
	}

	private BatchResult write(String batchId, List<Checked> checked, String source) {
		Map<String, List<Checked>> groups = new LinkedHashMap<>();
		for (Checked c : checked) {
			groups.computeIfAbsent(c.set().code() + "|" + c.period(), k -> new ArrayList<>()).add(c);
		}
		String user = access.currentUsername();
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		List<RecordedValue> inserts = new ArrayList<>();
		List<RecordedValue> updates = new ArrayList<>();
		List<Long> expected = new ArrayList<>();
		List<RecordedValue> deletes = new ArrayList<>();
		List<ValueStore.Change> changes = new ArrayList<>();
		List<ValueConflict.Conflict> conflicts = new ArrayList<>();
		Map<String, Set<String>> touched = new LinkedHashMap<>();
		Map<String, List<String>> changedIndicators = new LinkedHashMap<>();
		int unchanged = 0;
		for (List<Checked> group : groups.values()) {
			CriteriaSet set = group.getFirst().set();
			Period period = group.getFirst().period();
			Map<String, RecordedValue> existing = new HashMap<>();
			for (RecordedValue v : store.exactlyMany(group.stream().map(c -> c.unit().code()).toList(), set.code(), period)) {
				existing.put(v.unitCode() + "|" + v.indicatorCode(), v);
			}
			for (Checked c : group) {
				for (ValueValidation.Valid v : c.valid()) {
					String code = v.indicator().code();
					RecordedValue before = existing.get(c.unit().code() + "|" + code);
					Long seenVersion = v.input().version();
					long current = before == null ? 0 : before.version();
					if (seenVersion != null && seenVersion != current) {
						conflicts.add(new ValueConflict.Conflict(c.unit().code() + "/" + code, seenVersion, current,
								before == null ? null : before.display(), before == null ? null : before.recordedBy(),
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
						RecordedValue after = new RecordedValue(c.unit().code(), period, set.code(), code,
								v.value().number(), v.value().text(),
								keep(blankToNull(v.input().note()), before == null ? null : before.note()),
								keep(blankToNull(v.input().evidence()), before == null ? null : before.evidenceRef()),
								user, now, source, current + 1);
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
					touched.computeIfAbsent(set.code(), k -> new LinkedHashSet<>()).add(c.unit().code());
					changedIndicators.computeIfAbsent(c.unit().code() + "|" + period + "|" + set.code(),
							k -> new ArrayList<>()).add(code);
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
		for (int count : updated) {
			if (count == 0) throw new ValueConflict(List.of());
		}
		for (int count : deleted) {
			if (count == 0) throw new ValueConflict(List.of());
		}
		if (!changes.isEmpty()) {
			store.history(changes, batchId);
			log.debug("batch {}: {} values written with history in {} ms", batchId, changes.size(),
					(System.nanoTime() - start) / 1_000_000);
			long rebuild = System.nanoTime();
			touched.forEach((setCode, units) -> projection.rebuildAll(List.copyOf(units), setCode));
			log.debug("batch {}: read model rebuilt in {} ms", batchId, (System.nanoTime() - rebuild) / 1_000_000);
			changedIndicators.forEach((key, indicators) -> {
				String[] k = key.split("\\|");
				events.publishEvent(new IndicatorValuesRecorded(k[0], k[1], k[2], indicators, source));
			});
		}
		int units = (int) checked.stream().map(c -> c.unit().code()).distinct().count();
		BatchResult result = new BatchResult(batchId, units, inserts.size(), updates.size(), deletes.size(), unchanged);
		events.publishEvent(new AuditEvent("indicator-values-batch", batchId, source, null,
				"units=%d; created=%d; updated=%d; cleared=%d; unchanged=%d".formatted(result.units(),
						result.created(), result.updated(), result.cleared(), result.unchanged()),
				onlyProvince(checked)));
		return result;
	}

	/** The province of every unit of the batch, or null when a batch spans several (only system admins see it). */
	private static String onlyProvince(List<Checked> checked) {
		var provinces = checked.stream().map(c -> c.unit().provinceCode()).distinct().limit(2).toList();
		return provinces.size() == 1 ? provinces.get(0) : null;
	}

	private static boolean same(RecordedValue a, RecordedValue b) {
		boolean sameNumber = a.number() == null ? b.number() == null
				: b.number() != null && a.number().compareTo(b.number()) == 0;
		return sameNumber && Objects.equals(a.text(), b.text()) && Objects.equals(a.note(), b.note())
				&& Objects.equals(a.evidenceRef(), b.evidenceRef());
	}

	/** In a bulk write (a spreadsheet has no notes) a missing note or evidence keeps the stored one. */
	private static String keep(String given, String stored) {
		return given != null ? given : stored;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}
}
