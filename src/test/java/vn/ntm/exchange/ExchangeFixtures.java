package vn.ntm.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.support.ResourceBundleMessageSource;

import vn.ntm.criteria.Comparison;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.Criterion;
import vn.ntm.criteria.Indicator;
import vn.ntm.criteria.IndicatorValue;
import vn.ntm.criteria.LegalBasis;
import vn.ntm.criteria.SetLevel;
import vn.ntm.criteria.Threshold;
import vn.ntm.criteria.Tier;
import vn.ntm.criteria.ValueType;
import vn.ntm.exchange.internal.ImportLimits;
import vn.ntm.exchange.internal.ImportRules;
import vn.ntm.exchange.internal.Messages;
import vn.ntm.exchange.internal.ParsedValues;
import vn.ntm.exchange.internal.TemplateLayout;
import vn.ntm.exchange.internal.ValuesTemplate;
import vn.ntm.exchange.internal.ValuesWorkbook;
import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Region;
import vn.ntm.geography.UnitLevel;
import vn.ntm.shared.Period;
import vn.ntm.shared.VietnameseText;

/** A small province with a decoy district, a four-criterion set and the readers wired as the service wires them. */
final class ExchangeFixtures {

	static final ResourceBundleMessageSource BUNDLE = new ResourceBundleMessageSource();
	static {
		BUNDLE.setBasename("i18n/exchange");
		BUNDLE.setDefaultEncoding("UTF-8");
		BUNDLE.setFallbackToSystemLocale(false);
	}
	static final Messages MESSAGES = (code, args) -> BUNDLE.getMessage("exchange.error." + code, args,
			Locale.forLanguageTag("vi"));
	static final Period PERIOD = Period.year(2023);
	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
	static final Locale ENGLISH = Locale.forLanguageTag("en");
	/** The data sheet's names the service accepts: as a template produced in Vietnamese or in English names it. */
	static final List<String> DATA_SHEETS = List.of(
			BUNDLE.getMessage("exchange.template.sheet.data", null, VIETNAMESE),
			BUNDLE.getMessage("exchange.template.sheet.data", null, ENGLISH));

	static final AdministrativeUnit PROVINCE = unit("62", "Tỉnh Kon Tum", UnitLevel.PROVINCE, null, "/62/");
	static final AdministrativeUnit DAK_HA = unit("615", "Huyện Đăk Hà", UnitLevel.DISTRICT, "62", "/62/615/");
	static final AdministrativeUnit DAK_MAR = unit("23512", "Xã Đăk Mar", UnitLevel.COMMUNE, "615", "/62/615/23512/");
	static final AdministrativeUnit DAK_UI = unit("23515", "Xã Đăk Ui", UnitLevel.COMMUNE, "615", "/62/615/23515/");
	static final AdministrativeUnit SA_THAY = unit("611", "Huyện Sa Thầy", UnitLevel.DISTRICT, "62", "/62/611/");
	static final AdministrativeUnit HO_MOONG = unit("23431", "Xã Hơ Moong", UnitLevel.COMMUNE, "611", "/62/611/23431/");
	static final List<AdministrativeUnit> UNITS = List.of(PROVINCE, DAK_HA, DAK_MAR, DAK_UI, SA_THAY, HO_MOONG);

	static AdministrativeUnit unit(String code, String name, UnitLevel level, String parent, String path) {
		return new AdministrativeUnit(code, name, level == UnitLevel.COMMUNE ? "Xã" : "Tỉnh", level, parent, path,
				null, null, Region.TN, false);
	}

	static CriteriaSet set() {
		Threshold verified = new Threshold(null, null, null, "Đạt", "test", true, false);
		return new CriteriaSet("xa-test", 1, "Bộ tiêu chí thử", "Test set", SetLevel.COMMUNE, Tier.STANDARD,
				LocalDate.of(2021, 1, 1), null, new LegalBasis("QĐ thử", null, null, null), null, null, List.of(
						new Criterion(1, "I", "Quy hoạch", "Planning", List.of(new Indicator("1.1", "Có quy hoạch",
								"Plan", null, ValueType.BOOLEAN, Comparison.YES, null, List.of(verified), false, null))),
						new Criterion(2, "II", "Giao thông", "Transport", List.of(new Indicator("2.1",
								"Đường xã được nhựa hóa", "Roads", "%", ValueType.NUMBER, Comparison.AT_LEAST, null,
								List.of(new Threshold(Region.TN, null, null, "70", "test", true, false),
										new Threshold(null, null, null, "100", "test", true, false)),
								false, null))),
						new Criterion(13, "III", "Tổ chức sản xuất", "Production", List.of(new Indicator("13.1",
								"Hợp tác xã", "Cooperative", null, ValueType.CHOICE, Comparison.EQUALS,
								List.of("Tốt", "Khá", "Yếu"), List.of(new Threshold(null, null, null, "Tốt", "t", true,
										false)), false, null))),
						new Criterion(15, "IV", "Y tế", "Health", List.of(new Indicator("15.3", "Tỷ lệ suy dinh dưỡng",
								"Stunting", "%", ValueType.PERCENT, Comparison.AT_MOST, null,
								List.of(new Threshold(Region.TN, null, null, "26.5", "t", true, false)), false, null)))));
	}

	/** Rules for a user who may read {@code scopePath} and write the listed criteria (all when empty). */
	static ImportRules rules(String scopePath, List<Integer> criteria) {
		CriteriaSet set = set();
		return new ImportRules() {
			public CriteriaSet set() { return set; }
			public Optional<AdministrativeUnit> unit(String code) {
				return UNITS.stream().filter(u -> u.code().equals(code)).findFirst();
			}
			public List<String> suggestions(String code, String name) {
				if (name == null) return List.of();
				return UNITS.stream().filter(u -> VietnameseText.fold(u.name()).contains(VietnameseText.fold(name)))
					.map(u -> u.name() + " (" + u.code() + ")").toList();
			}
			public boolean inScope(AdministrativeUnit unit) { return unit.isWithin(scopePath); }
			public boolean canWrite(AdministrativeUnit unit, int criterion) {
				return criteria.isEmpty() || criteria.contains(criterion);
			}
		};
	}

	static ValuesWorkbook.Target target(String scopePath, List<Integer> criteria) {
		return (meta, errors) -> rules(scopePath, criteria);
	}

	static ParsedValues read(Path file) {
		return reader(ImportLimits.defaults()).read(file, target("/62/", List.of()));
	}

	/** The reader as the service makes it. */
	static ValuesWorkbook reader(ImportLimits limits) {
		return new ValuesWorkbook(limits, MESSAGES, DATA_SHEETS);
	}

	/** A template of the whole province with Đăk Mar's 1.1 pre-filled. */
	static Path template(Path dir) throws IOException {
		return template(dir, VIETNAMESE);
	}

	/** The same template produced for a user of the given language. */
	static Path template(Path dir, Locale language) throws IOException {
		Path file = dir.resolve("template-" + language + ".xlsx");
		CriteriaSet set = set();
		List<ValuesTemplate.CommuneLine> lines = new ArrayList<>();
		Map<String, IndicatorValue> darMar = new HashMap<>();
		darMar.put("1.1", IndicatorValue.of(true));
		darMar.put("2.1", IndicatorValue.of(new java.math.BigDecimal("65.5")));
		lines.add(new ValuesTemplate.CommuneLine(DAK_MAR, DAK_HA.name(), darMar));
		lines.add(new ValuesTemplate.CommuneLine(DAK_UI, DAK_HA.name(), Map.of()));
		lines.add(new ValuesTemplate.CommuneLine(HO_MOONG, SA_THAY.name(), Map.of()));
		try (OutputStream out = Files.newOutputStream(file)) {
			new ValuesTemplate(key -> BUNDLE.getMessage("exchange.template." + key, null, key, language))
				.write(new ValuesTemplate.Content(PROVINCE, PERIOD, set, ValuesTemplate.indicators(set, n -> true), lines,
						"tester", OffsetDateTime.parse("2023-12-01T00:00:00Z")), out);
		}
		return file;
	}

	/** Opens a workbook with POI's user model (fine in tests), lets the test edit it, saves to a new file. */
	static Path edit(Path file, Consumer<XSSFWorkbook> change) throws IOException {
		Path edited = file.resolveSibling("edited-" + System.nanoTime() + ".xlsx");
		try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file)); OutputStream out = Files.newOutputStream(edited)) {
			change.accept(wb);
			wb.write(out);
		}
		return edited;
	}

	/** The cell of the data sheet at a 0-based row and the column of an indicator code. */
	static Cell cell(XSSFWorkbook wb, int row, String indicator) {
		Sheet sheet = wb.getSheet(TemplateLayout.DATA_SHEET);
		Row codes = sheet.getRow(TemplateLayout.CODE_ROW);
		for (Cell c : codes) {
			if (c.getStringCellValue().equals(indicator)) {
				Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
				return r.getCell(c.getColumnIndex()) == null ? r.createCell(c.getColumnIndex()) : r.getCell(c.getColumnIndex());
			}
		}
		throw new IllegalArgumentException(indicator);
	}

	private ExchangeFixtures() {
	}
}
