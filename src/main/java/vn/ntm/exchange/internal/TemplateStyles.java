package vn.ntm.exchange.internal;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** The cell styles of a values template: headers and unit columns locked, value cells open. */
final class TemplateStyles {

	final CellStyle title;
	final CellStyle header;
	final CellStyle locked;
	final CellStyle number;
	final CellStyle text;

	TemplateStyles(SXSSFWorkbook wb) {
		Font bold = wb.createFont();
		bold.setBold(true);
		Font big = wb.createFont();
		big.setBold(true);
		big.setFontHeightInPoints((short) 13);
		title = wb.createCellStyle();
		title.setFont(big);
		header = wb.createCellStyle();
		header.setFont(bold);
		header.setWrapText(true);
		header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		header.setBorderBottom(BorderStyle.THIN);
		header.setLocked(true);
		locked = wb.createCellStyle();
		locked.setLocked(true);
		locked.setFillForegroundColor(IndexedColors.LEMON_CHIFFON.getIndex());
		locked.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		number = wb.createCellStyle();
		number.setLocked(false);
		number.setDataFormat(wb.createDataFormat().getFormat("#,##0.##"));
		text = wb.createCellStyle();
		text.setLocked(false);
		text.setDataFormat(wb.createDataFormat().getFormat("@"));
	}

	static void cell(Row row, int column, String value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value == null ? "" : value);
		if (style != null) cell.setCellStyle(style);
	}
}
