package vn.ntm.geography.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.ntm.geography.CommuneGroups;
import vn.ntm.shared.office.XlsxTable;

/**
 * The commune groups template (mã xã, tên xã, nhóm, hiệu lực từ, văn bản), one row per commune of the province with
 * what is recorded today, and its reading back: a row counts when its group, date or document is filled.
 */
final class CommuneGroupWorkbook {

	static final int MAX_BYTES = 2 * 1024 * 1024;
	static final String GROUP_HEADER_MARK = "N1, N2, N3";
	private static final int MAX_ROWS = 5000;

	private CommuneGroupWorkbook() {
	}

	/** @param headers code, name, group (must contain "N1, N2, N3"), valid from, document */
	static byte[] write(String title, String subtitle, String sheet, List<String> headers, List<List<?>> rows) {
		XlsxTable table = XlsxTable.titled(title).subtitle(subtitle).sheet(sheet)
			.column(headers.get(0), XlsxTable.Type.TEXT, 10).column(headers.get(1), XlsxTable.Type.TEXT, 30)
			.column(headers.get(2), XlsxTable.Type.TEXT, 18).column(headers.get(3), XlsxTable.Type.TEXT, 22)
			.column(headers.get(4), XlsxTable.Type.TEXT, 36);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		table.write(out, rows);
		return out.toByteArray();
	}

	/** The filled rows, numbered as Excel shows them; null when the sheet is not there. */
	static List<CommuneGroups.Entry> read(InputStream in, String sheetName) throws IOException {
		DataFormatter formatter = new DataFormatter();
		try (Workbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheet(sheetName);
			if (sheet == null) {
				return null;
			}
			int first = -1;
			int last = Math.min(sheet.getLastRowNum(), MAX_ROWS);
			for (int r = 0; r <= last && first < 0; r++) {
				if (text(sheet.getRow(r), 2, formatter).contains(GROUP_HEADER_MARK)) {
					first = r + 1;
				}
			}
			List<CommuneGroups.Entry> entries = new ArrayList<>();
			for (int r = Math.max(first, 0); first >= 0 && r <= last; r++) {
				Row row = sheet.getRow(r);
				String[] cells = new String[5];
				for (int c = 0; c < 5; c++) {
					cells[c] = c == 3 ? date(row, formatter) : text(row, c, formatter);
				}
				if (cells[2].isEmpty() && cells[3].isEmpty() && cells[4].isEmpty()) {
					continue;
				}
				entries.add(new CommuneGroups.Entry(r + 1, cells[0], cells[1], cells[2], cells[3], cells[4]));
			}
			return entries;
		}
	}

	private static String text(Row row, int column, DataFormatter formatter) {
		Cell c = row == null ? null : row.getCell(column);
		if (c == null) {
			return "";
		}
		if (c.getCellType() == CellType.NUMERIC && !DateUtil.isCellDateFormatted(c)) {
			return BigDecimal.valueOf(c.getNumericCellValue()).stripTrailingZeros().toPlainString();
		}
		return formatter.formatCellValue(c).strip();
	}

	/** A date cell as yyyy-MM-dd; a typed text as typed (dd/mm/yyyy is read by the checks). */
	private static String date(Row row, DataFormatter formatter) {
		Cell c = row == null ? null : row.getCell(3);
		if (c != null && c.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(c)) {
			return c.getLocalDateTimeCellValue().toLocalDate().toString();
		}
		return text(row, 3, formatter);
	}

	static List<String> columns() {
		return Arrays.asList("code", "name", "group", "from", "document");
	}
}
