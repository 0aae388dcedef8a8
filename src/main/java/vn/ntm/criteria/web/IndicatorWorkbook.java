package vn.ntm.criteria.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.ntm.shared.office.XlsxTable;

/**
 * The indicators of a set as a workbook: criterion number, indicator code, name, unit, value type, comparison,
 * threshold N1, N2, N3, source document, verified; one row per indicator the set has, more rows added by the office.
 */
final class IndicatorWorkbook {

	static final int MAX_BYTES = 2 * 1024 * 1024;
	static final List<String> COLUMNS = List.of("criterion", "code", "name", "unit", "value-type", "comparison",
			"N1", "N2", "N3", "source", "verified");
	private static final int FIRST_GROUP_COLUMN = 6;
	private static final int MAX_ROWS = 2000;

	private IndicatorWorkbook() {
	}

	static byte[] write(String title, String subtitle, String sheet, List<String> headers,
			List<IndicatorLines.Line> lines) {
		XlsxTable table = XlsxTable.titled(title).subtitle(subtitle).sheet(sheet);
		int[] widths = { 9, 10, 50, 10, 16, 12, 11, 11, 11, 30, 14 };
		for (int c = 0; c < headers.size(); c++) {
			table.column(headers.get(c), XlsxTable.Type.TEXT, widths[c]);
		}
		List<List<?>> rows = new ArrayList<>();
		for (IndicatorLines.Line l : lines) {
			rows.add(List.of(l.criterion(), l.code(), l.name(), l.unit(), l.valueType(), l.comparison(),
					l.thresholds().get("N1"), l.thresholds().get("N2"), l.thresholds().get("N3"), l.source(),
					l.verified()));
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		table.write(out, rows);
		return out.toByteArray();
	}

	/** The rows under the header (found by its "N1" column), numbered as Excel shows them; null without the sheet. */
	static List<IndicatorLines.Line> read(InputStream in, String sheetName) throws IOException {
		DataFormatter formatter = new DataFormatter();
		try (Workbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheet(sheetName);
			if (sheet == null) {
				return null;
			}
			int last = Math.min(sheet.getLastRowNum(), MAX_ROWS);
			int first = -1;
			for (int r = 0; r <= last && first < 0; r++) {
				if (text(sheet.getRow(r), FIRST_GROUP_COLUMN, formatter).endsWith("N1")) {
					first = r + 1;
				}
			}
			List<IndicatorLines.Line> lines = new ArrayList<>();
			for (int r = first; first >= 0 && r <= last; r++) {
				Row row = sheet.getRow(r);
				String[] c = new String[COLUMNS.size()];
				for (int i = 0; i < c.length; i++) {
					c[i] = text(row, i, formatter);
					if (i >= FIRST_GROUP_COLUMN && i < FIRST_GROUP_COLUMN + 3 && isNumber(row, i)) {
						// a decimal comma: "1.234" would read back as 1234 (Vietnamese thousands separator)
						c[i] = c[i].replace('.', ',');
					}
				}
				Map<String, String> byGroup = new LinkedHashMap<>();
				byGroup.put("N1", c[6]);
				byGroup.put("N2", c[7]);
				byGroup.put("N3", c[8]);
				lines.add(new IndicatorLines.Line(r + 1, c[0], c[1], c[2], c[3], c[4], c[5], byGroup, c[9], c[10]));
			}
			return lines;
		}
	}

	private static boolean isNumber(Row row, int column) {
		Cell c = row == null ? null : row.getCell(column);
		return c != null && c.getCellType() == CellType.NUMERIC && !DateUtil.isCellDateFormatted(c);
	}

	private static String text(Row row, int column, DataFormatter formatter) {
		Cell c = row == null ? null : row.getCell(column);
		if (c == null) {
			return "";
		}
		if (c.getCellType() == CellType.NUMERIC && !DateUtil.isCellDateFormatted(c)) {
			// the value as stored, not as displayed: a cell formatted "0" must not round 43,5 to 44
			return BigDecimal.valueOf(c.getNumericCellValue()).stripTrailingZeros().toPlainString();
		}
		return formatter.formatCellValue(c).strip();
	}
}
