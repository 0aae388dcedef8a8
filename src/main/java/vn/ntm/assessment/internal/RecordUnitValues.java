package vn.ntm.assessment.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.ntm.assessment.BatchResult;
import vn.ntm.assessment.RecordResult;
import vn.ntm.assessment.RecordedValue;
import vn.ntm.assessment.ValueInput;
import vn.ntm.assessment.UnitValues;
import vn.ntm.assessment.ValueError;
import vn.ntm.assessment.ValueWriteDenied;
import vn.ntm.assessment.ValuesRejected;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.identity.Access;
import vn.ntm.shared.AuditEvent;
import vn.ntm.shared.Period;

/**
 * What a user does to record values, checked before {@link RecordValues} writes them: {@code Assessments.record}
 * (one unit's form) and {@code recordAll} (many units, a spreadsheet). Each validates everything first (nothing
 * touched while any problem remains) and audits the write. Runs in the caller's transaction.
 */
@Component
class RecordUnitValues {

	private final RecordValues recording;
	private final ReadableUnits units;
	private final Access access;
	private final ApplicationEventPublisher events;
	private final java.time.Clock clock;

	RecordUnitValues(RecordValues recording, ReadableUnits units, Access access, ApplicationEventPublisher events,
			java.time.Clock clock) {
		this.recording = recording;
		this.units = units;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	private String text(String code, Object... args) {
		return units.text(code, args);
	}

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RecordUnitValues.class);

	/** Records the values of one unit and period, all or nothing (see {@code Assessments.record}). */
	RecordResult record(String unitCode, String periodText, String setCode, List<ValueInput> inputs, String source,
			String ifMatch) {
		List<ValueError> errors = new ArrayList<>();
		Period period = null;
		try {
			period = Period.parse(periodText);
		}
		catch (IllegalArgumentException e) {
			errors.add(new ValueError("period", null, "malformed-period", text("malformed-period", periodText)));
		}
		Optional<AdministrativeUnit> unit = period == null ? units.latest(unitCode, LocalDate.now(clock))
				: units.at(unitCode, period.end());
		if (unit.isEmpty()) {
			errors.add(new ValueError("unit", null, "unknown-unit", text("unknown-unit", unitCode)));
		}
		if (!errors.isEmpty()) {
			throw new ValuesRejected(errors);
		}
		if (!access.canRead(unit.get())) {
			throw new ValueWriteDenied(unitCode, List.of());
		}
		Optional<String> merged = units.mergedBefore(unit.get(), period.end());
		if (merged.isPresent()) {
			throw new ValuesRejected(List.of(new ValueError("unit", null, "unit-merged", merged.get())));
		}
		CriteriaSet set = units.set(unit.get(), period, setCode, errors);
		if (set == null) {
			throw new ValuesRejected(errors);
		}
		// a reader who may write none of the set's criteria here (a commune's officer reading the communes merged
		// into theirs) is refused before the values are judged
		AdministrativeUnit target = unit.get();
		if (set.criteria().stream().noneMatch(c -> access.canWriteValue(target, set.code(), c.number()))) {
			throw new ValueWriteDenied(unitCode, List.of());
		}
		ValueValidation.Outcome outcome = ValueValidation.check(set, inputs, this::text);
		if (!outcome.errors().isEmpty()) {
			throw new ValuesRejected(outcome.errors());
		}
		RecordValues.Entry entry = new RecordValues.Entry(unit.get(), period, set, outcome.valid());
		List<String> denied = recording.deniedIndicators(entry);
		if (!denied.isEmpty()) {
			throw new ValueWriteDenied(unitCode, denied);
		}
		RecordValues.Written written = recording.write(List.of(entry), RecordValues.Mode.ONE_UNIT,
				UUID.randomUUID().toString(), source, ifMatch);
		if (!written.changes().isEmpty()) {
			events.publishEvent(new AuditEvent("indicator-values", unit.get().code() + "/" + period + "/" + set.code(),
					source, describe(written.changes(), true), describe(written.changes(), false),
					unit.get().provinceCode()));
		}
		return new RecordResult(unit.get().code(), period.toString(), set.code(), written.created(),
				written.updated(), written.cleared(), written.unchanged(), written.tag());
	}

	private static String describe(List<ValueStore.Change> changes, boolean before) {
		String text = changes.stream().map(c -> {
			RecordedValue v = before ? c.before() : c.after();
			String code = (c.after() != null ? c.after() : c.before()).indicatorCode();
			return code + "=" + (v == null ? "∅" : v.display());
		}).collect(Collectors.joining("; "));
		return text.length() > 3900 ? text.substring(0, 3900) + "…" : text;
	}

	/** Records the values of many units and periods, all or nothing (see {@code Assessments.recordAll}). */
	BatchResult recordAll(String batchId, List<UnitValues> batch, String source) {
		long start = System.nanoTime();
		List<ValueError> errors = new ArrayList<>();
		List<RecordValues.Entry> checked = new ArrayList<>();
		Map<String, Optional<CriteriaSet>> sets = new HashMap<>();
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
			Optional<AdministrativeUnit> unit = units.at(u.unitCode(), period.end());
			if (unit.isEmpty()) {
				errors.add(new ValueError(prefix + "unit", null, "unknown-unit", text("unknown-unit", u.unitCode())));
				continue;
			}
			if (!access.canRead(unit.get())) {
				deniedUnits.add(u.unitCode());
				continue;
			}
			Optional<String> merged = units.mergedBefore(unit.get(), period.end());
			if (merged.isPresent()) {
				errors.add(new ValueError(prefix + "unit", null, "unit-merged", label + merged.get()));
				continue;
			}
			String setKey = u.setCode() + "|" + period.end() + "|" + unit.get().provinceCode();
			Optional<CriteriaSet> set = sets.computeIfAbsent(setKey,
					k -> recording.setInForce(unit.get(), period, u.setCode()));
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
			RecordValues.Entry entry = new RecordValues.Entry(unit.get(), period, set.get(), outcome.valid());
			recording.deniedIndicators(entry).forEach(code -> denied.add(u.unitCode() + "/" + code));
			checked.add(entry);
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

	private BatchResult write(String batchId, List<RecordValues.Entry> checked, String source) {
		RecordValues.Written written = recording.write(checked, RecordValues.Mode.MANY_UNITS, batchId, source);
		int units = (int) checked.stream().map(c -> c.unit().code()).distinct().count();
		BatchResult result = new BatchResult(batchId, units, written.created(), written.updated(), written.cleared(),
				written.unchanged());
		events.publishEvent(new AuditEvent("indicator-values-batch", batchId, source, null,
				"units=%d; created=%d; updated=%d; cleared=%d; unchanged=%d".formatted(result.units(),
						result.created(), result.updated(), result.cleared(), result.unchanged()),
				onlyProvince(checked)));
		return result;
	}

	/** The province of every unit of the batch, or null when a batch spans several (only system admins see it). */
	private static String onlyProvince(List<RecordValues.Entry> checked) {
		var provinces = checked.stream().map(c -> c.unit().provinceCode()).distinct().limit(2).toList();
		return provinces.size() == 1 ? provinces.get(0) : null;
	}
}
