package vn.ntm.assessment.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.assessment.Assessments;
import vn.ntm.assessment.BatchResult;
import vn.ntm.assessment.UnitValues;
import vn.ntm.assessment.CommuneRow;
import vn.ntm.assessment.RecordResult;
import vn.ntm.assessment.RecordedValue;
import vn.ntm.assessment.Summary;
import vn.ntm.assessment.UnitStatus;
import vn.ntm.assessment.UnknownUnit;
import vn.ntm.assessment.ValueError;
import vn.ntm.assessment.ValueInput;
import vn.ntm.assessment.ValueWriteDenied;
import vn.ntm.assessment.ValuesRejected;
import vn.ntm.criteria.CriteriaEngine;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.CriteriaSets;
import vn.ntm.criteria.CriterionResult;
import vn.ntm.criteria.SetResult;
import vn.ntm.criteria.IndicatorResult;
import vn.ntm.criteria.IndicatorStatus;
import vn.ntm.criteria.Tier;
import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Geography;
import vn.ntm.geography.UnitLevel;
import vn.ntm.identity.Access;
import vn.ntm.recognition.Recognitions;
import vn.ntm.shared.AuditEvent;
import vn.ntm.shared.Period;

@Service
class AssessmentService implements Assessments {

	private final ValueStore store;
	private final StatusProjection projection;
	private final Geography geography;
	private final CriteriaSets criteriaSets;
	private final Recognitions recognitions;
	private final Access access;
	private final ApplicationEventPublisher events;
	private final MessageSource messages;
	private final JdbcClient jdbc;
	private final BatchRecording batch;
	private final RecordValues recording;

	AssessmentService(ValueStore store, StatusProjection projection, Geography geography, CriteriaSets criteriaSets,
			Recognitions recognitions, Access access, ApplicationEventPublisher events, MessageSource messages,
			JdbcClient jdbc, BatchRecording batch, RecordValues recording) {
		this.batch = batch;
		this.recording = recording;
		this.store = store;
		this.projection = projection;
		this.geography = geography;
		this.criteriaSets = criteriaSets;
		this.recognitions = recognitions;
		this.access = access;
		this.events = events;
		this.messages = messages;
		this.jdbc = jdbc;
	}

	private String text(String code, Object... args) {
		return messages.getMessage("assessment.error." + code, args, code, LocaleContextHolder.getLocale());
	}

	@Override
	@Transactional
	public RecordResult record(String unitCode, String periodText, String setCode, List<ValueInput> inputs,
			String source) {
		List<ValueError> errors = new ArrayList<>();
		Period period = null;
		try {
			period = Period.parse(periodText);
		}
		catch (IllegalArgumentException e) {
			errors.add(new ValueError("period", null, "malformed-period", text("malformed-period", periodText)));
		}
		Optional<AdministrativeUnit> unit = period == null ? geography.findLatest(unitCode, LocalDate.now())
				: projection.unitAt(unitCode, period.end());
		if (unit.isEmpty()) {
			errors.add(new ValueError("unit", null, "unknown-unit", text("unknown-unit", unitCode)));
		}
		if (!errors.isEmpty()) {
			throw new ValuesRejected(errors);
		}
		if (!access.canRead(unit.get())) {
			throw new ValueWriteDenied(unitCode, List.of());
		}
		CriteriaSet set = resolveSet(unit.get(), period, setCode, errors);
		if (set == null) {
			throw new ValuesRejected(errors);
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
				UUID.randomUUID().toString(), source);
		if (!written.changes().isEmpty()) {
			events.publishEvent(new AuditEvent("indicator-values", unit.get().code() + "/" + period + "/" + set.code(),
					source, describe(written.changes(), true), describe(written.changes(), false),
					unit.get().provinceCode()));
		}
		return new RecordResult(unit.get().code(), period.toString(), set.code(), written.created(),
				written.updated(), written.cleared(), written.unchanged());
	}

	@Override
	@Transactional
	public BatchResult recordAll(String batchId, List<UnitValues> units, String source) {
		return batch.recordAll(batchId, units, source);
	}

	private static String describe(List<ValueStore.Change> changes, boolean before) {
		String text = changes.stream().map(c -> {
			RecordedValue v = before ? c.before() : c.after();
			String code = (c.after() != null ? c.after() : c.before()).indicatorCode();
			return code + "=" + (v == null ? "∅" : v.display());
		}).collect(Collectors.joining("; "));
		return text.length() > 3900 ? text.substring(0, 3900) + "…" : text;
	}

	/** The set named, in force for the period; or the commune standard set in force. Null with an error otherwise. */
	private CriteriaSet resolveSet(AdministrativeUnit unit, Period period, String setCode, List<ValueError> errors) {
		Optional<CriteriaSet> set = recording.setInForce(unit, period, setCode);
		if (set.isPresent()) {
			return set.get();
		}
		if (setCode == null || setCode.isBlank()) {
			errors.add(new ValueError("set", null, "no-set-in-force", text("no-set-in-force", period)));
		}
		else if (criteriaSets.find(setCode).isPresent()) {
			errors.add(new ValueError("set", null, "set-not-valid", text("set-not-valid", setCode, period)));
		}
		else {
			errors.add(new ValueError("set", null, "unknown-set", text("unknown-set", setCode)));
		}
		return null;
	}

	private AdministrativeUnit readableUnit(String unitCode, Period period) {
		AdministrativeUnit unit = projection.unitAt(unitCode, period.end())
			.orElseThrow(() -> new UnknownUnit(unitCode));
		if (!access.canRead(unit)) {
			throw new AccessDeniedException("unit " + unitCode + " is outside the user's scope");
		}
		return unit;
	}

	private CriteriaSet setFor(AdministrativeUnit unit, Period period, String setCode) {
		List<ValueError> errors = new ArrayList<>();
		CriteriaSet set = resolveSet(unit, period, setCode, errors);
		if (set == null) {
			throw new ValuesRejected(errors);
		}
		return set;
	}

	@Override
	@Transactional(readOnly = true)
	public UnitStatus status(String unitCode, Period period, String setCode) {
		AdministrativeUnit unit = readableUnit(unitCode, period);
		CriteriaSet set = setFor(unit, period, setCode);
		LocalDate end = period.end();
		Map<String, RecordedValue> values = StatusProjection.asOf(store.all(unit.code(), set.code()), end);
		SetResult evaluation = evaluate(unit, end, set, values, new HashSet<>());
		List<SetResult> tiers = new ArrayList<>();
		tiers.add(evaluation);
		for (CriteriaSet other : criteriaSets.inForce(set.level(), end, unit.provinceCode())) {
			if (other.tier() != set.tier()) {
				tiers.add(evaluate(unit, end, other, StatusProjection.asOf(store.all(unit.code(), other.code()), end),
						new HashSet<>()));
			}
		}
		List<UnitStatus.CriterionLine> lines = new ArrayList<>();
		for (CriterionResult c : evaluation.criteria()) {
			List<UnitStatus.IndicatorLine> indicators = new ArrayList<>();
			for (IndicatorResult r : c.indicators()) {
				RecordedValue v = values.get(r.indicator().code());
				// an indicator taken from the required set's result has no stored value: show the derived one
				String shown = v != null ? v.display() : r.value() == null ? null : r.value().toString();
				indicators.add(new UnitStatus.IndicatorLine(r.indicator().code(), r.indicator().nameVi(),
						r.indicator().nameEn(), r.indicator().unit(), r.indicator().comparison().symbol(),
						shown, v == null ? null : v.period().toString(),
						v == null ? null : v.version(), r.threshold() == null ? null : r.threshold().value(),
						r.threshold() == null ? null : r.threshold().source(),
						r.threshold() != null && r.threshold().verified(), r.threshold() != null && r.threshold().demo(),
						r.status()));
			}
			lines.add(new UnitStatus.CriterionLine(c.criterion().number(), c.criterion().nameVi(),
					c.criterion().nameEn(), c.status(), indicators));
		}
		return new UnitStatus(unit, period, set.code(), set.version(), set.nameVi(), lines, evaluation.criteriaMet(),
				evaluation.criteriaTotal(), evaluation.allMet(), CriteriaEngine.tierReached(tiers).orElse(null),
				recognitions.heldTier(unit.code(), end).orElse(null), evaluation.status(),
				evaluation.thresholdsUnknownIn());
	}

	/**
	 * The unit's evaluation against {@code set} as of {@code end}; a set that requires another is evaluated with the
	 * unit's evaluation against that one (in force on the same day, from its own values), and so on down the chain.
	 * Computed on read: the model commune's status then always follows the latest advanced and standard values.
	 */
	private SetResult evaluate(AdministrativeUnit unit, LocalDate end, CriteriaSet set,
			Map<String, RecordedValue> values, Set<String> seen) {
		SetResult required = null;
		if (set.requiresSetCode() != null && seen.add(set.code())) {
			required = criteriaSets.inForce(set.requiresSetCode(), end, unit.provinceCode())
				.map(r -> evaluate(unit, end, r, StatusProjection.asOf(store.all(unit.code(), r.code()), end), seen))
				.orElse(null);
		}
		return CriteriaEngine.evaluate(set, StatusProjection.context(unit, end), StatusProjection.indicatorValues(values),
				required);
	}

	/** The latest status row at or before the period's end for each unit under the path. */
	private Map<String, LatestStatus> latestStatuses(String path, String setCode, LocalDate end) {
		Map<String, LatestStatus> rows = new HashMap<>();
		jdbc.sql("""
				SELECT unit_code, period, period_end, criteria_met, criteria_total, all_met FROM (
				    SELECT unit_code, period, period_end, criteria_met, criteria_total, all_met,
				           ROW_NUMBER() OVER (PARTITION BY unit_code ORDER BY period_end DESC, period_kind ASC) AS rn
				    FROM assessment_status
				    WHERE set_code = :set AND unit_path LIKE :path AND period_end <= :end) latest
				WHERE rn = 1""")
			.param("set", setCode).param("path", path + "%").param("end", end)
			.query((rs, n) -> new LatestStatus(rs.getString(1), rs.getString(2),
					rs.getObject(3, LocalDate.class), rs.getInt(4), rs.getInt(5), rs.getBoolean(6)))
			.list().forEach(s -> rows.put(s.unitCode(), s));
		return rows;
	}

	private record LatestStatus(String unitCode, String period, LocalDate periodEnd, int criteriaMet,
			int criteriaTotal, boolean allMet) {
	}

	/**
	 * A status row of an earlier year was evaluated against that year's thresholds, and some thresholds go by year
	 * (income): those units are evaluated again as of this day, from the same carried-forward values. Replaces
	 * their entries in {@code statuses} and returns the fresh evaluations.
	 */
	private Map<String, SetResult> reevaluateAcrossYears(List<AdministrativeUnit> communes,
			Map<String, LatestStatus> statuses, CriteriaSet set, LocalDate end) {
		Map<String, SetResult> fresh = new HashMap<>();
		boolean byYear = set.criteria().stream().flatMap(c -> c.indicators().stream())
			.flatMap(i -> i.thresholds().stream()).anyMatch(t -> t.year() != null);
		if (!byYear) {
			return fresh;
		}
		for (AdministrativeUnit c : communes) {
			LatestStatus s = statuses.get(c.code());
			if (s == null || s.periodEnd().getYear() == end.getYear()) {
				continue;
			}
			Map<String, RecordedValue> values = StatusProjection.asOf(store.all(c.code(), set.code()), end);
			SetResult e = CriteriaEngine.evaluate(set, StatusProjection.context(c, end),
					StatusProjection.indicatorValues(values));
			fresh.put(c.code(), e);
			statuses.put(c.code(), new LatestStatus(c.code(), s.period(), s.periodEnd(), e.criteriaMet(),
					e.criteriaTotal(), e.allMet()));
		}
		return fresh;
	}

	private List<AdministrativeUnit> ruralCommunes(AdministrativeUnit scope, LocalDate end) {
		return geography.units(scope.code(), UnitLevel.COMMUNE, end).stream()
			.filter(AdministrativeUnit::isRuralCommune)
			.filter(u -> u.isWithin(scope.path()))
			.sorted(Comparator.comparing(AdministrativeUnit::path).thenComparing(AdministrativeUnit::name))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Summary summary(String unitCode, Period period) {
		AdministrativeUnit scope = readableUnit(unitCode, period);
		if (scope.level() != UnitLevel.PROVINCE && scope.level() != UnitLevel.DISTRICT) {
			throw new ValuesRejected(List.of(new ValueError("unit", null, "not-an-area", text("not-an-area", unitCode))));
		}
		LocalDate end = period.end();
		CriteriaSet set = setFor(scope, period, null);
		List<AdministrativeUnit> communes = ruralCommunes(scope, end);
		Map<String, LatestStatus> statuses = latestStatuses(scope.path(), set.code(), end);
		reevaluateAcrossYears(communes, statuses, set, end);
		Map<String, Tier> held = recognitions.heldTiers(communes.stream().map(AdministrativeUnit::code).toList(), end);
		Figures total = figures(communes, statuses, held);
		List<Summary.Line> districts = new ArrayList<>();
		if (scope.level() == UnitLevel.PROVINCE) {
			Map<String, List<AdministrativeUnit>> byParent = communes.stream()
				.collect(Collectors.groupingBy(AdministrativeUnit::parentCode, LinkedHashMap::new, Collectors.toList()));
			for (AdministrativeUnit district : geography.children(scope.code(), end)) {
				if (district.level() != UnitLevel.DISTRICT) {
					continue;
				}
				Figures f = figures(byParent.getOrDefault(district.code(), List.of()), statuses, held);
				districts.add(new Summary.Line(district.code(), district.name(), f.inScope, f.allMet, f.recognised,
						f.byTier, f.average, f.withData));
			}
		}
		return new Summary(scope.code(), scope.name(), period, set.code(), total.inScope, total.allMet,
				total.recognised, total.byTier, total.average, total.withData, districts);
	}

	private record Figures(int inScope, int allMet, int recognised, Map<Tier, Integer> byTier, BigDecimal average,
			int withData) {
	}

	private static Figures figures(List<AdministrativeUnit> communes, Map<String, LatestStatus> statuses,
			Map<String, Tier> held) {
		int allMet = 0;
		int met = 0;
		int withData = 0;
		int recognised = 0;
		Map<Tier, Integer> byTier = new EnumMap<>(Tier.class);
		for (Tier t : Tier.values()) {
			byTier.put(t, 0);
		}
		for (AdministrativeUnit c : communes) {
			LatestStatus s = statuses.get(c.code());
			if (s != null) {
				withData++;
				met += s.criteriaMet();
				if (s.allMet()) allMet++;
			}
			Tier tier = held.get(c.code());
			if (tier != null) {
				recognised++;
				for (Tier t : Tier.values()) {
					if (t.compareTo(tier) <= 0) byTier.merge(t, 1, Integer::sum);
				}
			}
		}
		BigDecimal average = communes.isEmpty() ? BigDecimal.ZERO.setScale(2)
				: BigDecimal.valueOf(met).divide(BigDecimal.valueOf(communes.size()), 2, RoundingMode.HALF_UP);
		return new Figures(communes.size(), allMet, recognised, byTier, average, withData);
	}

	@Override
	@Transactional(readOnly = true)
	public List<CommuneRow> matrix(String unitCode, Period period) {
		AdministrativeUnit scope = readableUnit(unitCode, period);
		LocalDate end = period.end();
		CriteriaSet set = setFor(scope, period, null);
		List<AdministrativeUnit> communes = scope.level() == UnitLevel.COMMUNE ? List.of(scope)
				: ruralCommunes(scope, end);
		Map<String, LatestStatus> statuses = latestStatuses(scope.path(), set.code(), end);
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
			.param("set", set.code()).param("path", scope.path() + "%").param("end", end)
			.query((rs, n) -> {
				cells.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
					.put(rs.getInt(2), IndicatorStatus.valueOf(rs.getString(3)));
				return null;
			}).list();
		reevaluateAcrossYears(communes, statuses, set, end).forEach((code, evaluation) -> {
			Map<Integer, IndicatorStatus> row = new HashMap<>();
			evaluation.criteria().forEach(c -> row.put(c.criterion().number(), c.status()));
			cells.put(code, row);
		});
		Map<String, Tier> held = recognitions.heldTiers(communes.stream().map(AdministrativeUnit::code).toList(), end);
		Map<String, String> districtNames = new HashMap<>();
		List<CommuneRow> rows = new ArrayList<>();
		for (AdministrativeUnit c : communes) {
			String districtName = districtNames.computeIfAbsent(c.parentCode(),
					code -> geography.findLatest(code, end).map(AdministrativeUnit::name).orElse(code));
			LatestStatus s = statuses.get(c.code());
			Map<Integer, IndicatorStatus> row = new LinkedHashMap<>();
			Map<Integer, IndicatorStatus> stored = cells.getOrDefault(c.code(), Map.of());
			set.criteria().forEach(cr -> row.put(cr.number(), stored.getOrDefault(cr.number(), IndicatorStatus.NO_DATA)));
			rows.add(new CommuneRow(c.code(), c.name(), c.parentCode(), districtName, s == null ? null : s.period(),
					s == null ? 0 : s.criteriaMet(), set.criteria().size(), s != null && s.allMet(), row,
					held.get(c.code())));
		}
		return rows;
	}

	@Override
	@Transactional(readOnly = true)
	public List<RecordedValue> values(String unitCode, Period period, String setCode) {
		AdministrativeUnit unit = readableUnit(unitCode, period);
		CriteriaSet set = setFor(unit, period, setCode);
		return store.exactly(unit.code(), set.code(), period);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Map<String, RecordedValue>> valuesInForce(List<String> unitCodes, Period period,
			String setCode) {
		for (String code : unitCodes) {
			readableUnit(code, period);
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

	@Override
	@Transactional(readOnly = true)
	public List<ValueChange> history(String unitCode, String setCode, String indicatorCode) {
		List<ValueChange> changes = store.changes(unitCode, setCode, indicatorCode);
		if (changes.isEmpty()) {
			// nothing recorded reveals nothing; the unit as of today may lie in another province since 2025
			projection.unitAt(unitCode, LocalDate.now()).orElseThrow(() -> new UnknownUnit(unitCode));
			return List.of();
		}
		// the unit as it was when its values were recorded: after the 2025 reform a code may belong to another province
		LocalDate asOf = changes.stream().map(c -> Period.parse(c.period())).max(Comparator.naturalOrder())
			.map(Period::end).orElseThrow();
		AdministrativeUnit unit = projection.unitAt(unitCode, asOf).orElseThrow(() -> new UnknownUnit(unitCode));
		if (!access.canRead(unit)) {
			throw new AccessDeniedException("unit " + unitCode + " is outside the user's scope");
		}
		return changes;
	}

	@Override
	@Transactional
	public int reevaluate(String setCode) {
		List<String> units = projection.unitsWithValues(setCode);
		units.forEach(u -> projection.rebuild(u, setCode));
		return units.size();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Period> periodsWithData(String unitCode) {
		return new PeriodsWithData(jdbc, geography, access).under(unitCode);
	}
}
