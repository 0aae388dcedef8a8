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

	private final DocumentText text;

	/** The workbook in Vietnamese. */
	public ConsolidatedReportWorkbook() {
		this(DocumentText.vietnamese());
	}

	public ConsolidatedReportWorkbook(DocumentText text) {
		this.text = text;
	}

	public byte[] write(ConsolidatedFigures f) {
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle bold = wb.createCellStyle();
			Font font = wb.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle decimal = wb.createCellStyle();
			decimal.setDataFormat(wb.createDataFormat().getFormat("0.00"));

			Sheet summary = wb.createSheet(text.get("reporting.document.sheet.summary"));
			header(summary, bold, text.get("reporting.document.summary.title",
					ConsolidatedReportDocument.issuingBody(f, text), ConsolidatedReportDocument.subject(f, text)));
			pair(summary, 2, label("number"), f.documentNumber());
			pair(summary, 3, label("revision"), f.revision());
			pair(summary, 4, label("issued-on"), VietnameseFormat.date(f.issuedOn()));
			pair(summary, 5, label("communes"), f.communesInScope());
			pair(summary, 6, label("meeting-all"), f.meetingAllCriteria());
			pair(summary, 7, label("recognised"), f.recognised());
			pair(summary, 8, label("advanced"), f.recognisedAdvanced());
			pair(summary, 9, label("model"), f.recognisedModel());
			pair(summary, 10, label("average"), f.averageCriteriaMet().doubleValue())
				.getCell(1).setCellStyle(decimal);
			summary.setColumnWidth(0, 40 * 256);
			summary.setColumnWidth(1, 20 * 256);

			Sheet districts = wb.createSheet(text.get("reporting.document.sheet.districts"));
			columns(districts, bold, column("no"), column("code"), column("unit"), column("communes"),
					column("meeting-all"), column("recognised"), column("average"));
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

			Sheet targets = wb.createSheet(text.get("reporting.document.sheet.targets"));
			columns(targets, bold, column("no"), column("target"), column("planned"), column("reached"),
					column("remaining"));
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

			Sheet compliance = wb.createSheet(text.get("reporting.document.sheet.compliance"));
			columns(compliance, bold, column("no"), column("code"), column("unit"), column("status"),
					column("days-late"), column("submitted-on"));
			r = 1;
			for (ReporterLine line : f.reporters()) {
				Row row = compliance.createRow(r);
				row.createCell(0).setCellValue(r);
				row.createCell(1).setCellValue(line.code());
				row.createCell(2).setCellValue(line.name());
				row.createCell(3).setCellValue(text.status(line.status()));
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

	private String label(String name) {
		return text.get("reporting.document.summary." + name);
	}

	private String column(String name) {
		return text.get("reporting.document.col." + name);
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
