package vn.ntm.shared.office;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ResourceBundle;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.ntm.shared.platform.Messages;

/**
 * Writes a table as an {@code .xlsx} workbook, streaming (only a window of rows in memory), so every table of the UI
 * can be downloaded whatever its size: a title, optional subtitle lines, one header row, typed cells. Number formats
 * are Excel's locale-neutral codes, which a Vietnamese Excel shows as 1.234,5 and dates as dd/MM/yyyy.
 *
 * <pre>{@code
 * XlsxTable.titled("Kết quả thực hiện tiêu chí")
 *     .column("Mã xã", XlsxTable.Type.TEXT).column("Số tiêu chí đạt", XlsxTable.Type.INTEGER)
 *     .write(out, rows);
 * }</pre>
 */
public final class XlsxTable {

	/** How a column's cells are written and formatted. */
	public enum Type {
		TEXT(null), INTEGER("#,##0"), DECIMAL("#,##0.##"), PERCENT("0.0\"%\""), DATE("dd/mm/yyyy"),
		DATE_TIME("dd/mm/yyyy hh:mm");

		private final String format;

		Type(String format) {
			this.format = format;
		}
	}

	/** A column: its header, type and width in characters (0: from the header). */
	public record Column(String header, Type type, int width) {
	}

	private final String title;
	private final List<String> subtitles = new ArrayList<>();
	private final List<Column> columns = new ArrayList<>();
	private String sheetName = word("table.sheet");

	private XlsxTable(String title) {
		this.title = title;
	}

	public static XlsxTable titled(String title) {
		return new XlsxTable(title);
	}

	public XlsxTable subtitle(String line) {
		subtitles.add(line);
		return this;
	}

	public XlsxTable sheet(String name) {
		this.sheetName = name.replaceAll("[\\\\/?*\\[\\]:]", " ");
		if (sheetName.length() > 31) sheetName = sheetName.substring(0, 31);
		return this;
	}

	public XlsxTable column(String header, Type type) {
		return column(header, type, 0);
	}

	public XlsxTable column(String header, Type type, int width) {
		columns.add(new Column(header, type, width));
		return this;
	}

	public List<Column> columns() {
		return List.copyOf(columns);
	}

	/**
	 * Writes the workbook. Each row holds one value per column: String, Number (percent columns take 85 for 85 %),
	 * LocalDate, LocalDateTime, OffsetDateTime, Boolean or null.
	 */
	public void write(OutputStream out, Iterable<? extends List<?>> rows) {
		SXSSFWorkbook workbook = new SXSSFWorkbook(200);
		workbook.setCompressTempFiles(true);
		try {
			SXSSFSheet sheet = workbook.createSheet(sheetName);
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle titleStyle = workbook.createCellStyle();
			Font big = workbook.createFont();
			big.setBold(true);
			big.setFontHeightInPoints((short) 14);
			titleStyle.setFont(big);
			CellStyle header = workbook.createCellStyle();
			header.setFont(bold);
			header.setWrapText(true);
			header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			header.setBorderBottom(BorderStyle.THIN);
			List<CellStyle> styles = new ArrayList<>();
			for (Column c : columns) {
				CellStyle style = workbook.createCellStyle();
				if (c.type().format != null) {
					style.setDataFormat(workbook.createDataFormat().getFormat(c.type().format));
				}
				styles.add(style);
			}
			int r = 0;
			Row titleRow = sheet.createRow(r++);
			titleRow.createCell(0).setCellValue(title);
			titleRow.getCell(0).setCellStyle(titleStyle);
			for (String line : subtitles) {
				sheet.createRow(r++).createCell(0).setCellValue(line);
			}
			int headerRow = r;
			Row head = sheet.createRow(r++);
			for (int i = 0; i < columns.size(); i++) {
				Cell cell = head.createCell(i);
				cell.setCellValue(columns.get(i).header());
				cell.setCellStyle(header);
				int width = columns.get(i).width() > 0 ? columns.get(i).width()
						: Math.max(10, Math.min(40, columns.get(i).header().length() + 2));
				sheet.setColumnWidth(i, width * 256);
			}
			sheet.createFreezePane(0, headerRow + 1);
			Iterator<? extends List<?>> it = rows.iterator();
			while (it.hasNext()) {
				List<?> values = it.next();
				Row row = sheet.createRow(r++);
				for (int i = 0; i < columns.size() && i < values.size(); i++) {
					Object v = values.get(i);
					if (v == null) continue;
					Cell cell = row.createCell(i);
					cell.setCellStyle(styles.get(i));
					set(cell, v);
				}
			}
			if (!columns.isEmpty() && r > headerRow + 1) {
				sheet.setAutoFilter(new CellRangeAddress(headerRow, r - 1, 0, columns.size() - 1));
			}
			workbook.write(out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			try {
				workbook.close();
			}
			catch (IOException e) {
				// temp files are removed on close; nothing else to release
			}
		}
	}

	private static void set(Cell cell, Object v) {
		switch (v) {
			case BigDecimal b -> cell.setCellValue(b.doubleValue());
			case Number n -> cell.setCellValue(n.doubleValue());
			case LocalDate d -> cell.setCellValue(d);
			case LocalDateTime t -> cell.setCellValue(t);
			case OffsetDateTime t -> cell.setCellValue(t.atZoneSameInstant(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDateTime());
			case Boolean b -> cell.setCellValue(word(b ? "table.yes" : "table.no"));
			default -> cell.setCellValue(String.valueOf(v));
		}
	}

	/** Words of the workbook itself in the user's language (Vietnamese outside a request). */
	private static String word(String key) {
		return ResourceBundle.getBundle("i18n/messages", Messages.locale(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
	}
}
