package vn.ntm.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ntm.exchange.ExchangeFixtures.cell;
import static vn.ntm.exchange.ExchangeFixtures.edit;
import static vn.ntm.exchange.ExchangeFixtures.read;
import static vn.ntm.exchange.ExchangeFixtures.template;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.ntm.criteria.IndicatorValue;
import vn.ntm.exchange.internal.ImportError;
import vn.ntm.exchange.internal.ImportLimits;
import vn.ntm.exchange.internal.ParsedValues;
import vn.ntm.exchange.internal.TemplateLayout;

class ValuesWorkbookTest {

	static final int DAK_MAR_ROW = TemplateLayout.FIRST_DATA_ROW;
	static final int DAK_UI_ROW = TemplateLayout.FIRST_DATA_ROW + 1;
	static final int HO_MOONG_ROW = TemplateLayout.FIRST_DATA_ROW + 2;

	@TempDir
	Path dir;

	@Test
	void theTemplateIsProtectedWithUnlockedValueCellsDropDownsThresholdsAndAHiddenMetaSheet() throws Exception {
		try (XSSFWorkbook wb = new XSSFWorkbook(template(dir).toFile())) {
			XSSFSheet data = wb.getSheet(TemplateLayout.DATA_SHEET);
			assertThat(data.getProtect()).isTrue();
			assertThat(data.getRow(TemplateLayout.CODE_ROW).getCell(3).getCellStyle().getLocked()).isTrue();
			assertThat(data.getRow(DAK_MAR_ROW).getCell(0).getStringCellValue()).isEqualTo("23512");
			assertThat(data.getRow(DAK_MAR_ROW).getCell(0).getCellStyle().getLocked()).isTrue();
			CellStyle value = cell(wb, DAK_MAR_ROW, "2.1").getCellStyle();
			assertThat(value.getLocked()).isFalse();
			assertThat(cell(wb, DAK_MAR_ROW, "2.1").getNumericCellValue()).isEqualTo(65.5);
			assertThat(cell(wb, DAK_MAR_ROW, "1.1").getStringCellValue()).isEqualTo("Đạt");
			// 2.1 has 70 for Tây Nguyên before the national 100
			assertThat(cell(wb, TemplateLayout.THRESHOLD_ROW, "2.1").getStringCellValue()).isEqualTo("≥ 70");
			List<String[]> lists = data.getDataValidations().stream()
				.map(DataValidation::getValidationConstraint).map(c -> c.getExplicitListValues())
				.filter(v -> v != null).toList();
			assertThat(lists).anySatisfy(v -> assertThat(v).containsExactly("Đạt", "Không đạt"));
			assertThat(lists).anySatisfy(v -> assertThat(v).containsExactly("Tốt", "Khá", "Yếu"));
			assertThat(wb.getSheetVisibility(wb.getSheetIndex(TemplateLayout.META_SHEET)))
				.isEqualTo(SheetVisibility.VERY_HIDDEN);
			assertThat(wb.getSheet(TemplateLayout.THRESHOLD_SHEET).getRow(2).getCell(3).getStringCellValue())
				.isEqualTo("≥ 70");
		}
	}

	@Test
	void aTemplateProducedInVietnameseKeepsItsVietnameseSheetNamesAndHeaders() throws Exception {
		try (XSSFWorkbook wb = new XSSFWorkbook(template(dir).toFile())) {
			assertThat(sheetNames(wb)).containsExactly("Số liệu", "Ngưỡng", "_meta");
			assertThat(wb.getSheet("Số liệu").getRow(TemplateLayout.CODE_ROW).getCell(0).getStringCellValue())
				.isEqualTo("Mã xã");
			assertThat(wb.getSheet("Ngưỡng").getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mã chỉ tiêu");
		}
	}

	@Test
	void aTemplateProducedInEnglishIsNamedInEnglishAndReadsBackLikeTheVietnameseOne() throws Exception {
		Path english = template(dir, ExchangeFixtures.ENGLISH);
		try (XSSFWorkbook wb = new XSSFWorkbook(english.toFile())) {
			assertThat(sheetNames(wb)).containsExactly("Values", "Thresholds", "_meta");
			assertThat(wb.getSheet("Values").getRow(TemplateLayout.CODE_ROW).getCell(0).getStringCellValue())
				.isEqualTo("Commune code");
		}
		ParsedValues parsed = read(english);
		assertThat(parsed.errors()).isEmpty();
		assertThat(parsed.rows()).hasSize(1).isEqualTo(read(template(dir)).rows());
	}

	@Test
	void aBadCellIsNamedOnTheDataSheetAsTheFileNamesIt() throws Exception {
		Path file = edit(template(dir, ExchangeFixtures.ENGLISH),
				wb -> englishCell(wb, DAK_MAR_ROW, "2.1").setCellValue("nhiều"));
		ImportError error = read(file).errors().getFirst();
		assertThat(error.sheet()).isEqualTo("Values");
		assertThat(error.message()).startsWith("Trang „Values“, dòng 6, cột E: ");
	}

	@Test
	void aWorkbookWhoseDataSheetHasNoKnownNameIsRefused() throws Exception {
		Path file = edit(template(dir), wb -> wb.setSheetName(wb.getSheetIndex(TemplateLayout.DATA_SHEET), "Sheet1"));
		ParsedValues parsed = read(file);
		assertThat(parsed.errors()).extracting(ImportError::code).containsExactly("no-data-sheet");
		assertThat(parsed.errors().getFirst().message()).contains("„Số liệu“");
	}

	private static List<String> sheetNames(XSSFWorkbook wb) {
		return java.util.stream.IntStream.range(0, wb.getNumberOfSheets()).mapToObj(wb::getSheetName).toList();
	}

	private static org.apache.poi.ss.usermodel.Cell englishCell(XSSFWorkbook wb, int row, String indicator) {
		var sheet = wb.getSheet("Values");
		for (var c : sheet.getRow(TemplateLayout.CODE_ROW)) {
			if (c.getStringCellValue().equals(indicator)) {
				return sheet.getRow(row).getCell(c.getColumnIndex());
			}
		}
		throw new IllegalArgumentException(indicator);
	}

	@Test
	void anUntouchedTemplateReadsBackItsPrefilledValuesAndMeta() throws Exception {
		ParsedValues parsed = read(template(dir));
		assertThat(parsed.errors()).isEmpty();
		assertThat(parsed.meta()).containsEntry("period", "2023").containsEntry("unit", "62").containsEntry("set", "xa-test");
		assertThat(parsed.rows()).hasSize(1);
		assertThat(parsed.rows().getFirst().values()).containsEntry("1.1", IndicatorValue.of(true))
			.containsEntry("2.1", IndicatorValue.of(new BigDecimal("65.5")));
	}

	@Test
	void numbersAreUnderstoodWrittenTheVietnameseOrTheEnglishWayOrAsPercentages() throws Exception {
		Path file = edit(template(dir), wb -> {
			cell(wb, DAK_MAR_ROW, "2.1").setCellValue("12,5");
			cell(wb, DAK_UI_ROW, "2.1").setCellValue("12.5");
			cell(wb, HO_MOONG_ROW, "2.1").setCellValue("85%");
			var percent = wb.createCellStyle();
			percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
			cell(wb, HO_MOONG_ROW, "15.3").setCellValue(0.21);
			cell(wb, HO_MOONG_ROW, "15.3").setCellStyle(percent);
			cell(wb, DAK_UI_ROW, "1.1").setCellValue("không đạt");
			cell(wb, DAK_UI_ROW, "13.1").setCellValue("khá");
		});
		ParsedValues parsed = read(file);
		assertThat(parsed.errors()).isEmpty();
		assertThat(parsed.rows()).extracting(r -> r.values().get("2.1").number())
			.containsExactly(new BigDecimal("12.5"), new BigDecimal("12.5"), new BigDecimal("85"));
		assertThat(parsed.rows().get(2).values().get("15.3").number()).isEqualByComparingTo("21");
		assertThat(parsed.rows().get(1).values()).containsEntry("1.1", IndicatorValue.of(false))
			.containsEntry("13.1", IndicatorValue.of("Khá"));
	}

	@Test
	void everyBadCellIsNamedBySheetRowAndColumnInVietnamese() throws Exception {
		Path file = edit(template(dir), wb -> {
			cell(wb, DAK_MAR_ROW, "2.1").setCellValue("nhiều");
			cell(wb, DAK_UI_ROW, "2.1").setCellValue(120);
			cell(wb, DAK_UI_ROW, "15.3").setCellErrorValue(FormulaError.DIV0.getCode());
			cell(wb, HO_MOONG_ROW, "1.1").setCellValue("có lẽ");
			cell(wb, HO_MOONG_ROW, "13.1").setCellValue("Xuất sắc");
			cell(wb, HO_MOONG_ROW, "2.1").setCellValue(-3);
		});
		ParsedValues parsed = read(file);
		assertThat(parsed.errors()).extracting(ImportError::code).containsExactlyInAnyOrder("not-a-number",
				"percent-out-of-range", "formula-error", "not-yes-no", "unknown-choice", "negative-value");
		ImportError first = parsed.errors().getFirst();
		assertThat(first.sheet()).isEqualTo("Số liệu");
		assertThat(first.row()).isEqualTo(DAK_MAR_ROW + 1);
		assertThat(first.column()).isEqualTo("E");
		assertThat(first.message()).isEqualTo(
				"Trang „Số liệu“, dòng 6, cột E: Chỉ tiêu 2.1: „nhiều“ không phải là số (viết 12,5 hoặc 12.5 hoặc 85%)");
		assertThat(parsed.errors()).anySatisfy(e -> assertThat(e.message()).contains("#DIV/0!"));
	}

	@Test
	void unknownAndDuplicateUnitCodesAreRefusedWithCloseMatches() throws Exception {
		Path file = edit(template(dir), wb -> {
			var sheet = wb.getSheet(TemplateLayout.DATA_SHEET);
			sheet.getRow(DAK_UI_ROW).getCell(0).setCellValue("23512");
			cell(wb, DAK_UI_ROW, "2.1").setCellValue(50);
			sheet.getRow(HO_MOONG_ROW).getCell(0).setCellValue("99999");
			sheet.getRow(HO_MOONG_ROW).getCell(1).setCellValue("Đắk Mar");
			cell(wb, HO_MOONG_ROW, "2.1").setCellValue(50);
		});
		ParsedValues parsed = read(file);
		assertThat(parsed.errors()).extracting(ImportError::code).containsExactly("duplicate-unit", "unknown-unit-suggest");
		assertThat(parsed.errors().get(0).message()).contains("23512").contains("dòng 6");
		assertThat(parsed.errors().get(1).message()).contains("99999").contains("Xã Đăk Mar (23512)");
	}

	@Test
	void unitsOutsideTheUsersAreaAndCriteriaNotAssignedToThemAreRefused() throws Exception {
		Path file = edit(template(dir), wb -> {
			cell(wb, HO_MOONG_ROW, "2.1").setCellValue(50);
			cell(wb, DAK_UI_ROW, "15.3").setCellValue(20);
		});
		ParsedValues district = ExchangeFixtures.reader(ImportLimits.defaults())
			.read(file, ExchangeFixtures.target("/62/615/", List.of()));
		assertThat(district.errors()).extracting(ImportError::code).containsExactly("unit-out-of-scope");
		ParsedValues transport = ExchangeFixtures.reader(ImportLimits.defaults())
			.read(file, ExchangeFixtures.target("/62/", List.of(2)));
		assertThat(transport.errors()).extracting(ImportError::code)
			.containsExactlyInAnyOrder("indicator-not-assigned", "indicator-not-assigned");
		assertThat(transport.errors().getFirst().message()).contains("tiêu chí 1");
	}

	@Test
	void aWorkbookWithoutTheMetaSheetIsRefusedAsNotATemplate() throws Exception {
		Path file = edit(template(dir), wb -> wb.removeSheetAt(wb.getSheetIndex(TemplateLayout.META_SHEET)));
		assertThat(read(file).errors()).extracting(ImportError::code).containsExactly("no-meta");
	}

	@Test
	void theMetaSheetDecidesWhetherThePeriodMatches() throws Exception {
		Path file = template(dir);
		ParsedValues parsed = ExchangeFixtures.reader(ImportLimits.defaults()).read(file,
				(meta, errors) -> {
					errors.add(new ImportError(TemplateLayout.META_SHEET, 0, null, "period-mismatch",
							ExchangeFixtures.MESSAGES.text("period-mismatch", meta.get("period"), "2024")));
					return null;
				});
		assertThat(parsed.errors().getFirst().message()).isEqualTo("Kỳ báo cáo trong tệp (2023) khác kỳ đã chọn (2024)");
	}
}
