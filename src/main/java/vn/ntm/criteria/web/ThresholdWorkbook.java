package vn.ntm.criteria.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.ntm.criteria.Comparison;
import vn.ntm.criteria.CriteriaEngine;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.geography.Region;

/**
 * The thresholds form as a workbook, for an office that copies the annex of its decision in Excel: one row per
 * indicator (and year), the current threshold and its source beside the cell to fill, the document's number and date
 * on top. Only those cells are unlocked; a hidden column ties each row to its form field.
 */
final class ThresholdWorkbook {

	static final int MAX_BYTES = 2 * 1024 * 1024;
	static final int NUMBER_ROW = 3;
	static final int DATE_ROW = 4;
	static final int HEADER_ROW = 6;
	static final int NEW_VALUE_COLUMN = 7;
	static final int KEY_COLUMN = 8;
	static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private ThresholdWorkbook() {
	}

	// built by hand, not with XlsxTable: a template whose only unlocked cells are the ones to fill
	static byte[] write(CriteriaSet set, String provinceName, Region region, List<ThresholdPages.Line> lines,
			String sheetName, BiFunction<String, Object[], String> text) {
		try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(sheetName);
			CellStyle open = workbook.createCellStyle();
			open.setLocked(false);
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			bold.setWrapText(true);
			CellStyle wrap = workbook.createCellStyle();
			wrap.setWrapText(true);

			cell(sheet, 0, 0, text.apply("criteria.thresholds.xlsx.heading", new Object[] { set.nameVi(), set.code() }),
					bold);
			cell(sheet, 1, 0, text.apply("criteria.thresholds.xlsx.region",
					new Object[] { provinceName, text.apply("geography.region." + region.name(), new Object[0]) }), null);
			cell(sheet, NUMBER_ROW - 1, 0, text.apply("criteria.thresholds.xlsx.document-number", new Object[0]), bold);
			cell(sheet, NUMBER_ROW - 1, 1, "", open);
			cell(sheet, DATE_ROW - 1, 0, text.apply("criteria.thresholds.xlsx.document-date", new Object[0]), bold);
			cell(sheet, DATE_ROW - 1, 1, "", open);
			String[] headers = { "criterion", "code", "indicator", "year", "comparison", "current", "current-source",
					"new" };
			for (int c = 0; c < headers.length; c++) {
				cell(sheet, HEADER_ROW - 1, c, text.apply("criteria.thresholds.xlsx.column." + headers[c], new Object[0]),
						bold);
			}
			cell(sheet, HEADER_ROW - 1, KEY_COLUMN, "key", bold);
			int r = HEADER_ROW;
			for (ThresholdPages.Line l : lines) {
				cell(sheet, r, 0, l.criterion().number() + ". " + l.criterion().nameVi(), wrap);
				cell(sheet, r, 1, l.indicator().code(), null);
				cell(sheet, r, 2, l.indicator().nameVi(), wrap);
				cell(sheet, r, 3, l.year() == null ? "" : String.valueOf(l.year()), null);
				cell(sheet, r, 4, (l.indicator().comparison().symbol() + " "
						+ (l.indicator().unit() == null ? "" : l.indicator().unit())).strip(), null);
				cell(sheet, r, 5, l.current() == null ? text.apply("criteria.page.unknown", new Object[0])
						: l.current() + (l.currentDemo() ? " (demo)" : ""),
						null);
				cell(sheet, r, 6, l.currentSource() == null ? "" : l.currentSource(), wrap);
				cell(sheet, r, NEW_VALUE_COLUMN, "", open);
				cell(sheet, r, KEY_COLUMN, l.field(), null);
				r++;
			}
			int[] widths = { 28, 10, 60, 7, 14, 14, 30, 18 };
			for (int c = 0; c < widths.length; c++) {
				sheet.setColumnWidth(c, widths[c] * 256);
			}
			sheet.setColumnHidden(KEY_COLUMN, true);
			sheet.createFreezePane(0, HEADER_ROW);
			sheet.protectSheet("");
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new IllegalStateException("writing the thresholds workbook", e);
		}
	}

	private static void cell(Sheet sheet, int row, int column, String value, CellStyle style) {
		Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
		Cell c = r.createCell(column);
		c.setCellValue(value);
		if (style != null) {
			c.setCellStyle(style);
		}
	}

	/**
	 * What the filled workbook says, as the form would have sent it: {@code documentNumber}, {@code documentDate}
	 * (ISO) and a value per field. Problems name the row and the column; a row whose value is no number is left out.
	 */
	record Filled(Map<String, String> form, List<String> problems) {
	}

	static Filled read(InputStream in, List<ThresholdPages.Line> lines, String sheetName,
			BiFunction<String, Object[], String> text) throws IOException {
		Map<String, ThresholdPages.Line> byField = new LinkedHashMap<>();
		lines.forEach(l -> byField.put(l.field(), l));
		Map<String, String> form = new LinkedHashMap<>();
		List<String> problems = new ArrayList<>();
		DataFormatter formatter = new DataFormatter();
		try (Workbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheet(sheetName);
			if (sheet == null) {
				problems.add(text.apply("criteria.thresholds.xlsx.no-sheet", new Object[] { sheetName }));
				return new Filled(form, problems);
			}
			form.put("documentNumber", string(sheet, NUMBER_ROW - 1, 1, formatter));
			form.put("documentDate", date(sheet, formatter));
			int last = Math.min(sheet.getLastRowNum(), HEADER_ROW + byField.size() + 50);
			for (int r = HEADER_ROW; r <= last; r++) {
				String key = string(sheet, r, KEY_COLUMN, formatter);
				String value = string(sheet, r, NEW_VALUE_COLUMN, formatter);
				if (value.isEmpty()) {
					continue;
				}
				ThresholdPages.Line line = byField.get(key);
				if (line == null) {
					problems.add(text.apply("criteria.thresholds.xlsx.unknown-row", new Object[] { r + 1 }));
					continue;
				}
				if (line.indicator().comparison() != Comparison.EQUALS && CriteriaEngine.parseNumber(value) == null) {
					problems.add(text.apply("criteria.thresholds.xlsx.not-a-number",
							new Object[] { r + 1, line.indicator().code(), value }));
					continue;
				}
				form.put(key, value);
			}
		}
		return new Filled(form, problems);
	}

	private static String string(Sheet sheet, int row, int column, DataFormatter formatter) {
		Row r = sheet.getRow(row);
		Cell c = r == null ? null : r.getCell(column);
		if (c == null) {
			return "";
		}
		if (c.getCellType() == CellType.NUMERIC && !DateUtil.isCellDateFormatted(c)) {
			// the value as stored, not as displayed: a cell formatted "0" must not round 43,5 to 44
			return BigDecimal.valueOf(c.getNumericCellValue()).stripTrailingZeros().toPlainString();
		}
		return formatter.formatCellValue(c).strip();
	}

	/** The document's date, typed as dd/mm/yyyy or entered as an Excel date; ISO for the form, or the text as typed. */
	private static String date(Sheet sheet, DataFormatter formatter) {
		Row r = sheet.getRow(DATE_ROW - 1);
		Cell c = r == null ? null : r.getCell(1);
		if (c != null && c.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(c)) {
			return c.getLocalDateTimeCellValue().toLocalDate().toString();
		}
		String typed = string(sheet, DATE_ROW - 1, 1, formatter);
		try {
			return LocalDate.parse(typed, VIETNAMESE_DATE).toString();
		}
		catch (DateTimeParseException e) {
			return typed;
		}
	}
}
