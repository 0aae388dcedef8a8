package vn.ntm.dashboard.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.ntm.assessment.CommuneRow;
import vn.ntm.criteria.Criterion;
import vn.ntm.criteria.IndicatorStatus;

/** The matrix as an Excel sheet with Vietnamese headings: one row per commune, one column per criterion. */
@Component
class MatrixWorkbook {

	private static final Locale VI = Locale.of("vi");

	private final MessageSource messages;

	MatrixWorkbook(MessageSource messages) {
		this.messages = messages;
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, VI);
	}

	void write(MatrixController.Matrix m, OutputStream out) throws IOException {
		try (XSSFWorkbook wb = new XSSFWorkbook()) {
			Sheet sheet = wb.createSheet(text("dashboard.export.sheet"));
			CellStyle bold = wb.createCellStyle();
			Font font = wb.createFont();
			font.setBold(true);
			bold.setFont(font);
			bold.setWrapText(true);
			Row title = sheet.createRow(0);
			title.createCell(0).setCellValue(text("dashboard.export.title", m.area().name(), m.period().toString()));
			title.getCell(0).setCellStyle(bold);
			Row head = sheet.createRow(2);
			String[] fixed = { text("dashboard.matrix.code"), text("dashboard.matrix.commune"),
					text("dashboard.matrix.district"), text("dashboard.matrix.met"), text("dashboard.matrix.all-met"),
					text("dashboard.matrix.recognised") };
			int col = 0;
			for (String h : fixed) {
				head.createCell(col).setCellValue(h);
				head.getCell(col++).setCellStyle(bold);
			}
			for (Criterion c : m.criteria()) {
				head.createCell(col).setCellValue(c.number() + ". " + c.nameVi());
				head.getCell(col++).setCellStyle(bold);
			}
			int r = 3;
			for (CommuneRow row : m.rows()) {
				Row x = sheet.createRow(r++);
				x.createCell(0).setCellValue(row.unitCode());
				x.createCell(1).setCellValue(row.unitName());
				x.createCell(2).setCellValue(row.districtName());
				x.createCell(3).setCellValue(row.criteriaMet());
				x.createCell(4).setCellValue(text(row.allMet() ? "dashboard.yes" : "dashboard.no"));
				x.createCell(5).setCellValue(row.recognisedTier() == null ? ""
						: text("dashboard.tier." + row.recognisedTier()));
				int c = 6;
				for (Criterion criterion : m.criteria()) {
					IndicatorStatus s = row.criteria().getOrDefault(criterion.number(), IndicatorStatus.NO_DATA);
					x.createCell(c++).setCellValue(text("dashboard.status." + s));
				}
			}
			sheet.setColumnWidth(1, 22 * 256);
			sheet.setColumnWidth(2, 22 * 256);
			sheet.createFreezePane(2, 3);
			wb.write(out);
		}
	}
}
