package vn.ntm.exchange.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.ntm.criteria.CriteriaSet;
import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Geography;
import vn.ntm.geography.UnitLevel;
import vn.ntm.identity.Access;
import vn.ntm.shared.Period;
import vn.ntm.shared.VietnameseText;

/**
 * Reads an uploaded values workbook: the file guarded first, then its meta sheet checked against the template's
 * layout, the period the user chose, their scope and the set in force, then every cell of the data sheet.
 */
@Component
class ReadValuesUpload {

	/** What the file holds; area and period are null when its meta sheet was refused. */
	record Upload(ParsedValues parsed, AdministrativeUnit area, Period period, List<ImportError> problems) {

		boolean valid() {
			return problems.isEmpty() && parsed.errorsOmitted() == 0;
		}
	}

	private final ExchangeProperties properties;
	private final ExchangeTexts texts;
	private final ResolveScope scopes;
	private final Geography geography;
	private final Access access;

	ReadValuesUpload(ExchangeProperties properties, ExchangeTexts texts, ResolveScope scopes, Geography geography,
			Access access) {
		this.properties = properties;
		this.texts = texts;
		this.scopes = scopes;
		this.geography = geography;
		this.access = access;
		WorkbookGuard.configurePoi(properties.limits());
	}

	/**
	 * @param expectedPeriod the period the user chose, or null to take the template's
	 * @throws ImportRefused when the file as a whole is refused
	 */
	Upload read(Path file, String fileName, String expectedPeriod) {
		ImportLimits limits = properties.limits();
		Messages errors = texts.errors();
		WorkbookGuard.check(file, fileName, limits, errors);
		Target target = new Target(expectedPeriod, errors);
		List<String> dataSheets = texts.dataSheetNames();
		ParsedValues parsed = new ValuesWorkbook(limits, errors, dataSheets).read(file, target);
		List<ImportError> problems = new ArrayList<>(parsed.errors());
		if (parsed.valid() && parsed.rows().isEmpty()) {
			problems.add(new ImportError(dataSheets.getFirst(), 0, null, "empty", errors.text("empty")));
		}
		return new Upload(parsed, target.area, target.period, problems);
	}

	/** Turns the meta sheet into the rules of the data sheet, keeping the area and period it names. */
	private final class Target implements ValuesWorkbook.Target {

		private final String expectedPeriod;
		private final Messages errors;
		private AdministrativeUnit area;
		private Period period;

		Target(String expectedPeriod, Messages errors) {
			this.expectedPeriod = expectedPeriod;
			this.errors = errors;
		}

		@Override
		public ImportRules resolve(Map<String, String> meta, List<ImportError> problems) {
			if (!TemplateLayout.LAYOUT_VERSION.equals(meta.get(TemplateLayout.KEY_LAYOUT))) {
				return refuse(problems, "layout-mismatch", meta.get(TemplateLayout.KEY_LAYOUT),
						TemplateLayout.LAYOUT_VERSION, meta.get(TemplateLayout.KEY_UNIT),
						meta.get(TemplateLayout.KEY_PERIOD));
			}
			Period period;
			try {
				period = Period.parse(meta.get(TemplateLayout.KEY_PERIOD));
			}
			catch (IllegalArgumentException e) {
				return refuse(problems, "malformed-period", meta.get(TemplateLayout.KEY_PERIOD));
			}
			if (expectedPeriod != null && !expectedPeriod.isBlank() && !expectedPeriod.trim().equals(period.toString())) {
				return refuse(problems, "period-mismatch", period, expectedPeriod.trim());
			}
			String areaCode = meta.get(TemplateLayout.KEY_UNIT);
			LocalDate end = period.end();
			Optional<AdministrativeUnit> area = geography.find(areaCode, end).or(() -> geography.findLatest(areaCode, end));
			if (area.isEmpty()) {
				return refuse(problems, "unknown-area", areaCode);
			}
			if (!access.canRead(area.get())) {
				return refuse(problems, "area-out-of-scope", areaCode);
			}
			Optional<CriteriaSet> set = scopes.standardSet(area.get(), period);
			String metaSet = meta.get(TemplateLayout.KEY_SET);
			if (set.isEmpty() || !set.get().code().equals(metaSet)) {
				return refuse(problems, "set-mismatch", metaSet, period, set.map(CriteriaSet::code).orElse("-"));
			}
			String version = String.valueOf(set.get().version());
			if (!version.equals(meta.get(TemplateLayout.KEY_SET_VERSION))) {
				return refuse(problems, "set-version-outdated", metaSet, meta.get(TemplateLayout.KEY_SET_VERSION),
						period, version, area.get().code());
			}
			this.area = area.get();
			this.period = period;
			return rules(area.get(), set.get(), end);
		}

		private ImportRules refuse(List<ImportError> problems, String code, Object... args) {
			problems.add(new ImportError(TemplateLayout.META_SHEET, 0, null, code, errors.text(code, args)));
			return null;
		}
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
}
