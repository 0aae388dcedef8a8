package vn.ntm.exchange.internal;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.assessment.Assessments;
import vn.ntm.assessment.BatchResult;
import vn.ntm.assessment.UnitStatus;
import vn.ntm.assessment.UnitValues;
import vn.ntm.assessment.ValueConflict;
import vn.ntm.assessment.ValueInput;
import vn.ntm.criteria.CriteriaEngine;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.CriteriaSets;
import vn.ntm.criteria.CriterionResult;
import vn.ntm.criteria.SetResult;
import vn.ntm.criteria.EvaluationContext;
import vn.ntm.criteria.Indicator;
import vn.ntm.criteria.IndicatorStatus;
import vn.ntm.criteria.IndicatorValue;
import vn.ntm.criteria.SetLevel;
import vn.ntm.criteria.Tier;
import vn.ntm.shared.office.XlsxTable;
import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Geography;
import vn.ntm.geography.UnitLevel;
import vn.ntm.identity.Access;
import vn.ntm.shared.Period;
import vn.ntm.shared.VietnameseText;

/**
 * The values exchange: a template for the caller's scope (a department: its criteria × the communes of the area; a
 * district: its communes × every indicator; the coordination office: the province), the import preview computed
 * from the values in force, and the all-or-nothing commit of a stored preview.
 */
@Service
public class ValuesImports {

	private final Geography geography;
	private final CriteriaSets criteriaSets;
	private final Assessments assessments;
	private final Access access;
	private final PreviewStore previews;
	private final MessageSource messageSource;
	private final ExchangeProperties properties;
	private final Clock clock;

	ValuesImports(Geography geography, CriteriaSets criteriaSets, Assessments assessments, Access access,
			PreviewStore previews, MessageSource messageSource, ExchangeProperties properties, Clock clock) {
		this.clock = clock;
		this.geography = geography;
		this.criteriaSets = criteriaSets;
		this.assessments = assessments;
		this.access = access;
		this.previews = previews;
		this.messageSource = messageSource;
		this.properties = properties;
		WorkbookGuard.configurePoi(properties.limits());
	}

	public Messages errors() {
		return (code, args) -> messageSource.getMessage("exchange.error." + code, args, code,
				LocaleContextHolder.getLocale());
	}

	private String label(String key) {
		return messageSource.getMessage("exchange.template." + key, null, key, LocaleContextHolder.getLocale());
	}

	/** The area, set, communes and indicators a user gets in a template. */
	public record Scope(AdministrativeUnit area, Period period, CriteriaSet set, List<AdministrativeUnit> communes,
			List<Indicator> indicators, Map<String, String> districtNames) {
	}

	@Transactional(readOnly = true)
	public Scope scope(String unitCode, Period period) {
		LocalDate end = period.end();
		AdministrativeUnit area = geography.find(unitCode, end).or(() -> geography.findLatest(unitCode, end))
			.orElseThrow(() -> new ImportRefused("unknown-area", errors().text("unknown-area", unitCode)));
		if (!access.canRead(area)) {
			throw new AccessDeniedException("unit " + unitCode + " is outside the user's scope");
		}
		CriteriaSet set = standardSet(area, period)
			.orElseThrow(() -> new ImportRefused("no-set", errors().text("set-mismatch", "-", period, "-")));
		List<AdministrativeUnit> communes = area.level() == UnitLevel.COMMUNE ? List.of(area)
				: geography.units(area.code(), UnitLevel.COMMUNE, end).stream()
					.filter(AdministrativeUnit::isRuralCommune)
					.filter(u -> u.isWithin(area.path()))
					.filter(access::canRead)
					.sorted(Comparator.comparing(AdministrativeUnit::path))
					.toList();
		List<Indicator> indicators = ValuesTemplate.indicators(set,
				n -> communes.stream().anyMatch(c -> access.canWriteValue(c, set.code(), n)));
		Map<String, String> districts = new HashMap<>();
		for (AdministrativeUnit c : communes) {
			districts.computeIfAbsent(c.parentCode(),
					p -> p == null ? "" : geography.findLatest(p, end).map(AdministrativeUnit::name).orElse(p));
		}
		return new Scope(area, period, set, communes, indicators, districts);
	}

	private Optional<CriteriaSet> standardSet(AdministrativeUnit area, Period period) {
		return criteriaSets.inForce(SetLevel.COMMUNE, period.end(), area.provinceCode()).stream()
			.filter(s -> s.tier() == Tier.STANDARD).findFirst();
	}

	/** The values in force at the period's end for each commune of the scope, read in one query. */
	private Map<String, Map<String, IndicatorValue>> current(Scope scope) {
		Map<String, Map<String, IndicatorValue>> values = new LinkedHashMap<>();
		assessments.valuesInForce(scope.communes().stream().map(AdministrativeUnit::code).toList(), scope.period(),
				scope.set().code()).forEach((code, recorded) -> {
					Map<String, IndicatorValue> typedValues = new HashMap<>();
					recorded.forEach((indicatorCode, v) -> typedValues.put(indicatorCode,
							typed(scope.set().indicator(indicatorCode).orElse(null), v.display())));
					values.put(code, typedValues);
				});
		return values;
	}

	private static Map<String, IndicatorValue> inForce(UnitStatus status, CriteriaSet set) {
		Map<String, IndicatorValue> values = new HashMap<>();
		for (UnitStatus.CriterionLine c : status.criteria()) {
			for (UnitStatus.IndicatorLine i : c.indicators()) {
				if (i.value() == null) continue;
				Indicator indicator = set.indicator(i.code()).orElse(null);
				values.put(i.code(), typed(indicator, i.value()));
			}
		}
		return values;
	}

	private static IndicatorValue typed(Indicator indicator, String display) {
		if (indicator != null && ValuesTemplate.isNumeric(indicator)) {
			try {
				return IndicatorValue.of(new BigDecimal(display));
			}
			catch (NumberFormatException e) {
				return IndicatorValue.of(display);
			}
		}
		return IndicatorValue.of(display);
	}

	@Transactional(readOnly = true)
	public void writeTemplate(String unitCode, Period period, OutputStream out) {
		Scope scope = scope(unitCode, period);
		Map<String, Map<String, IndicatorValue>> current = current(scope);
		List<ValuesTemplate.CommuneLine> lines = scope.communes().stream()
			.map(c -> new ValuesTemplate.CommuneLine(c, scope.districtNames().getOrDefault(c.parentCode(), ""),
					current.get(c.code()), geography.communeGroup(c.code(), period.end()).orElse(null)))
			.toList();
		new ValuesTemplate(this::label).write(new ValuesTemplate.Content(scope.area(), period, scope.set(),
				scope.indicators(), lines, access.currentUsername(), OffsetDateTime.now(clock)), out);
	}

	/** Every commune's values in force, one row each, as a plain table. */
	@Transactional(readOnly = true)
	public void writeValues(String unitCode, Period period, OutputStream out) {
		Scope scope = scope(unitCode, period);
		Map<String, Map<String, IndicatorValue>> current = current(scope);
		XlsxTable table = XlsxTable.titled(label("export-title").formatted(scope.area().name(), period))
			.subtitle(scope.set().nameVi())
			.sheet(TemplateLayout.DATA_SHEET)
			.column(label("unit-code"), XlsxTable.Type.TEXT, 9)
			.column(label("unit-name"), XlsxTable.Type.TEXT, 26)
			.column(label("district"), XlsxTable.Type.TEXT, 22);
		for (Indicator i : scope.indicators()) {
			table.column(i.unit() == null ? i.code() : i.code() + " (" + i.unit() + ")",
					ValuesTemplate.isNumeric(i) ? XlsxTable.Type.DECIMAL : XlsxTable.Type.TEXT, 12);
		}
		List<List<?>> rows = new ArrayList<>();
		for (AdministrativeUnit c : scope.communes()) {
			List<Object> row = new ArrayList<>();
			row.add(c.code());
			row.add(c.name());
			row.add(scope.districtNames().getOrDefault(c.parentCode(), ""));
			for (Indicator i : scope.indicators()) {
				IndicatorValue v = current.get(c.code()).get(i.code());
				row.add(v == null ? null : v.number() != null ? v.number() : v.text());
			}
			rows.add(row);
		}
		table.write(out, rows);
	}

	/**
	 * Checks an uploaded workbook and, when every cell is valid, stores the preview for its owner.
	 *
	 * @param expectedPeriod the period the user chose, or null to take the template's
	 * @throws ImportRefused when the file as a whole is refused
	 */
	@Transactional
	public ImportPreview preview(Path file, String fileName, String expectedPeriod) {
		ImportLimits limits = properties.limits();
		Messages errors = errors();
		WorkbookGuard.check(file, fileName, limits, errors);
		Map<String, Object> context = new HashMap<>();
		ParsedValues parsed = new ValuesWorkbook(limits, errors).read(file, (meta, problems) -> {
			if (!TemplateLayout.LAYOUT_VERSION.equals(meta.get(TemplateLayout.KEY_LAYOUT))) {
				problems.add(new ImportError(TemplateLayout.META_SHEET, 0, null, "layout-mismatch",
						errors.text("layout-mismatch", meta.get(TemplateLayout.KEY_LAYOUT), TemplateLayout.LAYOUT_VERSION,
								meta.get(TemplateLayout.KEY_UNIT), meta.get(TemplateLayout.KEY_PERIOD))));
				return null;
			}
			Period period;
			try {
				period = Period.parse(meta.get(TemplateLayout.KEY_PERIOD));
			}
			catch (IllegalArgumentException e) {
				problems.add(new ImportError(TemplateLayout.META_SHEET, 0, null, "malformed-period",
						errors.text("malformed-period", meta.get(TemplateLayout.KEY_PERIOD))));
				return null;
			}
			if (expectedPeriod != null && !expectedPeriod.isBlank() && !expectedPeriod.trim().equals(period.toString())) {
				problems.add(new ImportError(TemplateLayout.META_SHEET, 0, null, "period-mismatch",
						errors.text("period-mismatch", period, expectedPeriod.trim())));
				return null;
			}
			String areaCode = meta.get(TemplateLayout.KEY_UNIT);
			LocalDate end = period.end();
			Optional<AdministrativeUnit> area = geography.find(areaCode, end).or(() -> geography.findLatest(areaCode, end));
			if (area.isEmpty()) {
				problems.add(new ImportError(TemplateLayout.META_SHEET, 0, null, "unknown-area",
						errors.text("unknown-area", areaCode)));
				return null;
			}
			if (!access.canRead(area.get())) {
				problems.add(new ImportError(TemplateLayout.META_SHEET, 0, null, "area-out-of-scope",
						errors.text("area-out-of-scope", areaCode)));
				return null;
			}
			Optional<CriteriaSet> set = standardSet(area.get(), period);
			String metaSet = meta.get(TemplateLayout.KEY_SET);
			if (set.isEmpty() || !set.get().code().equals(metaSet)) {
				problems.add(new ImportError(TemplateLayout.META_SHEET, 0, null, "set-mismatch",
						errors.text("set-mismatch", metaSet, period, set.map(CriteriaSet::code).orElse("-"))));
				return null;
			}
			String version = String.valueOf(set.get().version());
			if (!version.equals(meta.get(TemplateLayout.KEY_SET_VERSION))) {
				problems.add(new ImportError(TemplateLayout.META_SHEET, 0, null, "set-version-outdated",
						errors.text("set-version-outdated", metaSet, meta.get(TemplateLayout.KEY_SET_VERSION), period,
								version, area.get().code())));
				return null;
			}
			context.put("area", area.get());
			context.put("period", period);
			return rules(area.get(), set.get(), end);
		});
		String id = UUID.randomUUID().toString();
		AdministrativeUnit area = (AdministrativeUnit) context.get("area");
		Period period = (Period) context.get("period");
		String unitCode = area == null ? parsed.meta().get(TemplateLayout.KEY_UNIT) : area.code();
		String unitName = area == null ? null : area.name();
		String periodText = period == null ? parsed.meta().get(TemplateLayout.KEY_PERIOD) : period.toString();
		String setCode = parsed.set() == null ? parsed.meta().get(TemplateLayout.KEY_SET) : parsed.set().code();
		List<ImportError> problems = new ArrayList<>(parsed.errors());
		if (parsed.valid() && parsed.rows().isEmpty()) {
			problems.add(new ImportError(TemplateLayout.DATA_SHEET, 0, null, "empty", errors.text("empty")));
		}
		if (!problems.isEmpty() || parsed.errorsOmitted() > 0) {
			return new ImportPreview(null, unitCode, unitName, periodText, setCode, fileName, parsed.rows().size(),
					parsed.cells(), 0, List.of(), List.of(), problems, parsed.errorsOmitted());
		}
		return diff(id, area, period, parsed, fileName);
	}

	private ImportRules rules(AdministrativeUnit area, CriteriaSet set, LocalDate end) {
		return new ImportRules() {
			@Override
			public CriteriaSet set() {
				return set;
			}

			@Override
			public Optional<AdministrativeUnit> unit(String code) {
				return geography.find(code, end).filter(u -> u.level() == UnitLevel.COMMUNE);
			}

			@Override
			public List<String> suggestions(String code, String name) {
				String text = name != null && !VietnameseText.fold(name).isEmpty() ? name : code;
				return geography.search(text, end, 5).stream().map(Geography.UnitMatch::unit)
					.filter(u -> u.level() == UnitLevel.COMMUNE && u.isWithin(area.path()))
					.limit(3).map(u -> u.name() + " (" + u.code() + ")").toList();
			}

			@Override
			public boolean inScope(AdministrativeUnit unit) {
				return unit.isWithin(area.path()) && access.canRead(unit);
			}

			@Override
			public boolean canWrite(AdministrativeUnit unit, int criterionNumber) {
				return access.canWriteValue(unit, set.code(), criterionNumber);
			}
		};
	}

	/** Old → new per commune and indicator against the values in force, and the criteria that would change. */
	private ImportPreview diff(String id, AdministrativeUnit area, Period period, ParsedValues parsed, String fileName) {
		CriteriaSet set = parsed.set();
		List<ImportPreview.ValueLine> changes = new ArrayList<>();
		List<ImportPreview.CriterionLine> criteria = new ArrayList<>();
		List<PreviewStore.Write> writes = new ArrayList<>();
		int unchanged = 0;
		for (ParsedValues.UnitRow row : parsed.rows()) {
			AdministrativeUnit unit = row.unit();
			UnitStatus status = assessments.status(unit.code(), period, set.code());
			Map<String, UnitStatus.IndicatorLine> lines = new HashMap<>();
			status.criteria().forEach(c -> c.indicators().forEach(i -> lines.put(i.code(), i)));
			Map<String, IndicatorValue> after = inForce(status, set);
			List<PreviewStore.Cell> cells = new ArrayList<>();
			for (Map.Entry<String, IndicatorValue> e : row.values().entrySet()) {
				UnitStatus.IndicatorLine line = lines.get(e.getKey());
				IndicatorValue now = line == null || line.value() == null ? null
						: typed(set.indicator(e.getKey()).orElse(null), line.value());
				if (now != null && same(now, e.getValue())) {
					unchanged++;
					continue;
				}
				boolean samePeriod = line != null && period.toString().equals(line.valuePeriod());
				changes.add(new ImportPreview.ValueLine(unit.code(), unit.name(), row.row(), e.getKey(),
						now == null ? null : now.toString(), samePeriod || line == null ? null : line.valuePeriod(),
						e.getValue().toString()));
				cells.add(new PreviewStore.Cell(e.getKey(), e.getValue().toString(),
						samePeriod ? line.valueVersion() : null));
				if (takesEffect(line, period)) {
					after.put(e.getKey(), e.getValue());
				}
			}
			if (cells.isEmpty()) continue;
			writes.add(new PreviewStore.Write(unit.code(), cells));
			SetResult evaluation = CriteriaEngine.evaluate(set,
					new EvaluationContext(unit.evaluationRegion(), unit.provinceCode(), period.end().getYear(),
							geography.communeGroup(unit.code(), period.end()).orElse(null)), after);
			Map<Integer, IndicatorStatus> before = new HashMap<>();
			status.criteria().forEach(c -> before.put(c.number(), c.status()));
			for (CriterionResult c : evaluation.criteria()) {
				IndicatorStatus was = before.get(c.criterion().number());
				boolean wasMet = was == IndicatorStatus.MET;
				boolean isMet = c.status() == IndicatorStatus.MET;
				if (wasMet != isMet) {
					criteria.add(new ImportPreview.CriterionLine(unit.code(), unit.name(), c.criterion().number(),
							c.criterion().nameVi(), was == null ? null : was.name(), c.status().name(), isMet));
				}
			}
		}
		ImportPreview preview = new ImportPreview(id, area.code(), area.name(), period.toString(), set.code(), fileName,
				parsed.rows().size(), parsed.cells(), unchanged, changes, criteria, List.of(), 0);
		previews.save(access.currentUsername(), new PreviewStore.Stored(preview, writes),
				OffsetDateTime.now(clock).plus(properties.previewTtl()));
		return preview;
	}

	/** A value of the period replaces the one in force unless that one is a coarser period ending the same day. */
	private static boolean takesEffect(UnitStatus.IndicatorLine line, Period period) {
		if (line == null || line.valuePeriod() == null || line.valuePeriod().equals(period.toString())) return true;
		Period current = Period.parse(line.valuePeriod());
		return current.end().isBefore(period.end()) || current.compareTo(period) < 0;
	}

	private static boolean same(IndicatorValue a, IndicatorValue b) {
		if (a.number() != null && b.number() != null) return a.number().compareTo(b.number()) == 0;
		return VietnameseText.fold(a.toString()).equals(VietnameseText.fold(b.toString()));
	}

	@Transactional(readOnly = true)
	public Optional<ImportPreview> find(String id) {
		return previews.find(id, access.currentUsername()).map(PreviewStore.Stored::preview);
	}

	/** Writes a stored preview, all or nothing; the history and the audit event carry the preview's id. */
	@Transactional
	public BatchResult commit(String id) {
		String user = access.currentUsername();
		PreviewStore.Stored stored = previews.find(id, user)
			.orElseThrow(() -> new ImportRefused("preview-not-found", errors().text("preview-not-found")));
		if (!previews.claim(id, user)) {
			throw new ImportRefused("preview-not-found", errors().text("preview-not-found"));
		}
		ImportPreview p = stored.preview();
		List<UnitValues> units = stored.writes().stream()
			.map(w -> new UnitValues(w.unitCode(), p.period(), p.setCode(), w.cells().stream()
				.map(c -> new ValueInput(c.indicator(), c.value(), null, null, c.version())).toList()))
			.toList();
		try {
			return assessments.recordAll(id, units, "import");
		}
		catch (ValueConflict e) {
			throw new ImportRefused("preview-stale", errors().text("preview-stale"));
		}
	}
}
