package vn.ntm.reporting.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.ntm.reporting.Timeliness;

/** The compliance of one month (or of a reporter's year) as a workbook. */
public final class ComplianceWorkbook {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
	private static final String[] COLUMNS = { "no", "code", "unit", "month", "due", "status", "days-late",
			"submitted-at" };

	private final DocumentText text;

	/** The workbook in Vietnamese. */
	public ComplianceWorkbook() {
		this(DocumentText.vietnamese());
	}

	public ComplianceWorkbook(DocumentText text) {
		this.text = text;
	}

	public byte[] write(String title, List<Timeliness> lines, ZoneId zone) {
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle bold = wb.createCellStyle();
			Font font = wb.createFont();
			font.setBold(true);
			bold.setFont(font);
			Sheet sheet = wb.createSheet(text.get("reporting.document.sheet.compliance"));
			var titleCell = sheet.createRow(0).createCell(0);
			titleCell.setCellValue(title);
			titleCell.setCellStyle(bold);
			Row head = sheet.createRow(2);
			for (int c = 0; c < COLUMNS.length; c++) {
				head.createCell(c).setCellValue(text.get("reporting.document.col." + COLUMNS[c]));
				head.getCell(c).setCellStyle(bold);
			}
			int r = 3;
			for (Timeliness t : lines) {
				Row row = sheet.createRow(r);
				row.createCell(0).setCellValue(r - 2);
				row.createCell(1).setCellValue(t.obligation().reporterCode());
				row.createCell(2).setCellValue(t.obligation().reporterName());
				row.createCell(3).setCellValue(month(t.obligation().month()));
				row.createCell(4).setCellValue(VietnameseFormat.date(t.obligation().lastOnTimeDay()));
				row.createCell(5).setCellValue(text.status(t.status()));
				if (t.status() == Timeliness.Status.LATE) {
					row.createCell(6).setCellValue(t.daysLate());
				}
				row.createCell(7).setCellValue(t.submittedAt() == null ? "" : TIME.format(t.submittedAt().atZone(zone)));
				r++;
			}
			sheet.setColumnWidth(2, 40 * 256);
			for (int c : new int[] { 1, 3, 4, 5, 6, 7 }) {
				sheet.setColumnWidth(c, 18 * 256);
			}
			wb.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String month(YearMonth month) {
		return "%02d/%d".formatted(month.getMonthValue(), month.getYear());
	}
}
