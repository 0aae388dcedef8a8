package vn.ntm.reporting.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.ntm.reporting.ConsolidatedFigures;
import vn.ntm.reporting.ConsolidatedFigures.DistrictLine;
import vn.ntm.reporting.ConsolidatedFigures.ReporterLine;
import vn.ntm.reporting.ConsolidatedFigures.TargetLine;
import vn.ntm.reporting.Timeliness.Status;

/** The tables of the consolidated report as a workbook: figures, districts, plan targets and reporting compliance. */
public final class ConsolidatedReportWorkbook {

	public byte[] write(ConsolidatedFigures f) {
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle bold = wb.createCellStyle();
			Font font = wb.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle decimal = wb.createCellStyle();
			decimal.setDataFormat(wb.createDataFormat().getFormat("0.00"));

			Sheet summary = wb.createSheet("Tổng hợp");
			header(summary, bold, ConsolidatedReportDocument.issuingBody(f) + " - "
					+ ConsolidatedReportDocument.subject(f));
			pair(summary, 2, "Số văn bản", f.documentNumber());
			pair(summary, 3, "Lần ban hành", f.revision());
			pair(summary, 4, "Ngày ban hành", VietnameseFormat.date(f.issuedOn()));
			pair(summary, 5, "Số xã trong phạm vi", f.communesInScope());
			pair(summary, 6, "Xã đạt 19/19 tiêu chí", f.meetingAllCriteria());
			pair(summary, 7, "Xã được công nhận đạt chuẩn NTM", f.recognised());
			pair(summary, 8, "Xã NTM nâng cao", f.recognisedAdvanced());
			pair(summary, 9, "Xã NTM kiểu mẫu", f.recognisedModel());
			pair(summary, 10, "Bình quân tiêu chí/xã", f.averageCriteriaMet().doubleValue())
				.getCell(1).setCellStyle(decimal);
			summary.setColumnWidth(0, 40 * 256);
			summary.setColumnWidth(1, 20 * 256);

			Sheet districts = wb.createSheet("Theo huyện");
			columns(districts, bold, "STT", "Mã", "Đơn vị", "Số xã", "Xã đạt 19/19 tiêu chí", "Xã được công nhận",
					"Bình quân tiêu chí/xã");
			int r = 1;
			for (DistrictLine d : f.districts()) {
				Row row = districts.createRow(r);
				row.createCell(0).setCellValue(r);
				row.createCell(1).setCellValue(d.unitCode());
				row.createCell(2).setCellValue(d.name());
				row.createCell(3).setCellValue(d.communesInScope());
				row.createCell(4).setCellValue(d.meetingAllCriteria());
				row.createCell(5).setCellValue(d.recognised());
				row.createCell(6).setCellValue(d.averageCriteriaMet().doubleValue());
				row.getCell(6).setCellStyle(decimal);
				r++;
			}

			Sheet targets = wb.createSheet("Chỉ tiêu kế hoạch");
			columns(targets, bold, "STT", "Chỉ tiêu", "Kế hoạch", "Đã đạt", "Còn lại");
			r = 1;
			for (TargetLine t : f.targets()) {
				Row row = targets.createRow(r);
				row.createCell(0).setCellValue(r);
				row.createCell(1).setCellValue(t.label());
				row.createCell(2).setCellValue(t.planned());
				row.createCell(3).setCellValue(t.reached());
				row.createCell(4).setCellValue(Math.max(0, t.planned() - t.reached()));
				r++;
			}

			Sheet compliance = wb.createSheet("Chế độ báo cáo");
			columns(compliance, bold, "STT", "Mã", "Đơn vị", "Tình trạng", "Số ngày chậm", "Ngày gửi");
			r = 1;
			for (ReporterLine line : f.reporters()) {
				Row row = compliance.createRow(r);
				row.createCell(0).setCellValue(r);
				row.createCell(1).setCellValue(line.code());
				row.createCell(2).setCellValue(line.name());
				row.createCell(3).setCellValue(VietnameseFormat.status(line.status()));
				if (line.status() == Status.LATE) {
					row.createCell(4).setCellValue(line.daysLate());
				}
				row.createCell(5).setCellValue(VietnameseFormat.date(line.submittedOn()));
				r++;
			}
			wb.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void header(Sheet sheet, CellStyle bold, String title) {
		var cell = sheet.createRow(0).createCell(0);
		cell.setCellValue(title);
		cell.setCellStyle(bold);
	}

	private static Row pair(Sheet sheet, int r, String label, Object value) {
		Row row = sheet.createRow(r);
		row.createCell(0).setCellValue(label);
		if (value instanceof Number n) {
			row.createCell(1).setCellValue(n.doubleValue());
		}
		else {
			row.createCell(1).setCellValue(String.valueOf(value));
		}
		return row;
	}

	private static void columns(Sheet sheet, CellStyle bold, String... names) {
		Row row = sheet.createRow(0);
		for (int c = 0; c < names.length; c++) {
			row.createCell(c).setCellValue(names[c]);
			row.getCell(c).setCellStyle(bold);
			sheet.setColumnWidth(c, (c == 2 || c == 1 && names.length == 5 ? 36 : 14) * 256);
		}
	}
}
