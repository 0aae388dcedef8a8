package vn.ntm.reporting.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import vn.ntm.reporting.ConsolidatedFigures;
import vn.ntm.reporting.ConsolidatedFigures.DistrictLine;
import vn.ntm.reporting.ConsolidatedFigures.ReporterLine;
import vn.ntm.reporting.ConsolidatedFigures.TargetLine;
import vn.ntm.reporting.Obligation.ReporterKind;
import vn.ntm.reporting.Timeliness.Status;

// Nghị định 30/2020/NĐ-CP, Phụ lục I: thể thức và kỹ thuật trình bày văn bản hành chính (mẫu báo cáo)
/**
 * The consolidated monthly report as a Word document: national name and motto, issuing body, number, place and date,
 * title, body with the frozen figures and tables, "Nơi nhận" and the signature block, on A4 in Times New Roman.
 */
public final class ConsolidatedReportDocument {

	private static final String FONT = "Times New Roman";
	private static final int TWIPS_PER_MM = 57; // 1440 twips per inch / 25.4

	private final List<String> recipients;
	private final String signerTitle;
	private final String signerName;
	private final String issuingOffice;
	private final DocumentText text;

	/** The document in Vietnamese. */
	public ConsolidatedReportDocument(String issuingOffice, List<String> recipients, String signerTitle,
			String signerName) {
		this(issuingOffice, recipients, signerTitle, signerName, DocumentText.vietnamese());
	}

	public ConsolidatedReportDocument(String issuingOffice, List<String> recipients, String signerTitle,
			String signerName, DocumentText text) {
		this.issuingOffice = issuingOffice;
		this.recipients = recipients;
		this.signerTitle = signerTitle;
		this.signerName = signerName;
		this.text = text;
	}

	/** "Báo cáo kết quả … tháng 3 năm 2023 (và quý I năm 2023)" — the title line under "BÁO CÁO", in Vietnamese. */
	public static String subject(ConsolidatedFigures f) {
		return subject(f, DocumentText.vietnamese());
	}

	static String subject(ConsolidatedFigures f, DocumentText text) {
		return f.quarterEnd()
				? text.get("reporting.document.subject.quarter-end", text.month(f.month()), text.quarter(f.month()))
				: text.get("reporting.document.subject", text.month(f.month()));
	}

	static String issuingBody(ConsolidatedFigures f, DocumentText text) {
		return text.get("reporting.document.issuing-body", f.provinceName().toUpperCase(VietnameseFormat.VI));
	}

	public byte[] write(ConsolidatedFigures f) {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			page(doc);
			header(doc, f);
			centered(doc, text.get("reporting.document.title"), true, false, 14).setSpacingBefore(240);
			centered(doc, subject(f, text), true, false, 14);
			body(doc, f);
			footer(doc);
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void page(XWPFDocument doc) {
		CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
		CTPageSz size = sect.addNewPgSz();
		size.setW(BigInteger.valueOf(11906)); // A4
		size.setH(BigInteger.valueOf(16838));
		CTPageMar margin = sect.addNewPgMar();
		margin.setTop(BigInteger.valueOf(20L * TWIPS_PER_MM));
		margin.setBottom(BigInteger.valueOf(20L * TWIPS_PER_MM));
		margin.setLeft(BigInteger.valueOf(30L * TWIPS_PER_MM));
		margin.setRight(BigInteger.valueOf(15L * TWIPS_PER_MM));
	}

	private void header(XWPFDocument doc, ConsolidatedFigures f) {
		XWPFTable table = borderless(doc, 2, 40, 60);
		XWPFTableCell left = table.getRow(0).getCell(0);
		line(left, issuingBody(f, text), false, false, 13);
		line(left, issuingOffice, true, false, 13);
		line(left, text.get("reporting.document.number", f.documentNumber()), false, false, 13).setSpacingBefore(120);
		XWPFTableCell right = table.getRow(0).getCell(1);
		line(right, text.get("reporting.document.nation"), true, false, 13);
		line(right, text.get("reporting.document.motto"), true, false, 14);
		line(right, text.placeAndDate(f.place(), f.issuedOn()), false, true, 14).setSpacingBefore(120);
	}

	private void body(XWPFDocument doc, ConsolidatedFigures f) {
		heading(doc, text.get("reporting.document.criteria.heading"));
		paragraph(doc, text.get("reporting.document.criteria.text", text.month(f.month()),
				String.valueOf(f.meetingAllCriteria()), String.valueOf(f.communesInScope()), String.valueOf(f.recognised()),
				String.valueOf(f.recognisedAdvanced()), String.valueOf(f.recognisedModel()),
				VietnameseFormat.decimal(f.averageCriteriaMet())));
		caption(doc, text.get("reporting.document.criteria.table"));
		XWPFTable districts = grid(doc, column("no"), column("unit"), column("communes"), column("meeting-all"),
				column("recognised"), column("average"));
		int n = 0;
		for (DistrictLine d : f.districts()) {
			row(districts, String.valueOf(++n), d.name(), String.valueOf(d.communesInScope()),
					String.valueOf(d.meetingAllCriteria()), String.valueOf(d.recognised()),
					VietnameseFormat.decimal(d.averageCriteriaMet()));
		}
		row(districts, "", text.get("reporting.document.province-total"), String.valueOf(f.communesInScope()),
				String.valueOf(f.meetingAllCriteria()), String.valueOf(f.recognised()),
				VietnameseFormat.decimal(f.averageCriteriaMet()));

		String year = String.valueOf(f.month().getYear());
		heading(doc, text.get("reporting.document.targets.heading", year));
		if (f.targets().isEmpty()) {
			paragraph(doc, text.get("reporting.document.targets.none", year));
		}
		else {
			caption(doc, text.get("reporting.document.targets.table"));
			XWPFTable targets = grid(doc, column("no"), column("target"), column("planned"), column("reached"),
					column("remaining"));
			int t = 0;
			for (TargetLine line : f.targets()) {
				row(targets, String.valueOf(++t), line.label(), String.valueOf(line.planned()),
						String.valueOf(line.reached()), String.valueOf(Math.max(0, line.planned() - line.reached())));
			}
		}

		heading(doc, text.get("reporting.document.compliance.heading"));
		List<ReporterLine> owing = f.reporters().stream().filter(r -> r.kind() != ReporterKind.COORDINATION_OFFICE).toList();
		long onTime = owing.stream().filter(r -> r.status() == Status.ON_TIME).count();
		long late = owing.stream().filter(r -> r.status() == Status.LATE).count();
		long missing = owing.stream().filter(r -> r.status() == Status.MISSING).count();
		paragraph(doc, text.get("reporting.document.compliance.text", String.valueOf(owing.size()),
				String.valueOf(onTime), String.valueOf(late), String.valueOf(missing)));
		caption(doc, text.get("reporting.document.compliance.table", String.valueOf(f.targets().isEmpty() ? 2 : 3)));
		XWPFTable reporters = grid(doc, column("no"), column("unit"), column("status"), column("days-late"),
				column("submitted-on"));
		int r = 0;
		for (ReporterLine line : f.lateOrMissing()) {
			row(reporters, String.valueOf(++r), line.name(), text.status(line.status()),
					line.status() == Status.LATE ? String.valueOf(line.daysLate()) : "",
					VietnameseFormat.date(line.submittedOn()));
		}
		if (r == 0) {
			row(reporters, "", text.get("reporting.document.none"), "", "", "");
		}

		heading(doc, text.get("reporting.document.proposals.heading"));
		paragraph(doc, text.get("reporting.document.proposals.text"));
	}

	private String column(String name) {
		return text.get("reporting.document.col." + name);
	}

	private void footer(XWPFDocument doc) {
		XWPFTable table = borderless(doc, 2, 50, 50);
		XWPFTableCell left = table.getRow(0).getCell(0);
		XWPFParagraph title = left.getParagraphs().get(0);
		XWPFRun run = title.createRun();
		style(run, true, true, 12);
		run.setText(text.get("reporting.document.recipients-heading"));
		for (String recipient : recipients) {
			line(left, "- " + recipient + ";", false, false, 11).setAlignment(ParagraphAlignment.LEFT);
		}
		XWPFTableCell right = table.getRow(0).getCell(1);
		XWPFParagraph signer = right.getParagraphs().get(0);
		signer.setAlignment(ParagraphAlignment.CENTER);
		XWPFRun s = signer.createRun();
		style(s, true, false, 14);
		s.setText(signerTitle);
		line(right, " ", false, true, 13).setSpacingAfter(1200);
		line(right, signerName == null ? "" : signerName, true, false, 14);
	}

	private static XWPFTable borderless(XWPFDocument doc, int columns, int... percent) {
		XWPFTable table = doc.createTable(1, columns);
		table.removeBorders();
		table.setWidthType(TableWidthType.PCT);
		table.setWidth("100%");
		for (int c = 0; c < columns; c++) {
			table.getRow(0).getCell(c).setWidth(percent[c] + "%");
		}
		return table;
	}

	private static XWPFParagraph line(XWPFTableCell cell, String text, boolean bold, boolean italic, int size) {
		XWPFParagraph p = cell.getParagraphs().size() == 1 && cell.getParagraphs().get(0).getRuns().isEmpty()
				? cell.getParagraphs().get(0) : cell.addParagraph();
		p.setAlignment(ParagraphAlignment.CENTER);
		p.setSpacingAfter(0);
		XWPFRun run = p.createRun();
		style(run, bold, italic, size);
		run.setText(text);
		return p;
	}

	private static XWPFParagraph centered(XWPFDocument doc, String text, boolean bold, boolean italic, int size) {
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(ParagraphAlignment.CENTER);
		XWPFRun run = p.createRun();
		style(run, bold, italic, size);
		run.setText(text);
		return p;
	}

	private static void heading(XWPFDocument doc, String text) {
		XWPFParagraph p = doc.createParagraph();
		p.setSpacingBefore(200);
		XWPFRun run = p.createRun();
		style(run, true, false, 14);
		run.setText(text);
	}

	private static void caption(XWPFDocument doc, String text) {
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(ParagraphAlignment.CENTER);
		XWPFRun run = p.createRun();
		style(run, true, true, 13);
		run.setText(text);
	}

	private static void paragraph(XWPFDocument doc, String text) {
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(ParagraphAlignment.BOTH);
		p.setIndentationFirstLine(567);
		XWPFRun run = p.createRun();
		style(run, false, false, 14);
		run.setText(text);
	}

	private static XWPFTable grid(XWPFDocument doc, String... headers) {
		XWPFTable table = doc.createTable(1, headers.length);
		table.setWidthType(TableWidthType.PCT);
		table.setWidth("100%");
		for (int c = 0; c < headers.length; c++) {
			cell(table.getRow(0).getCell(c), headers[c], true);
		}
		return table;
	}

	private static void row(XWPFTable table, String... values) {
		var row = table.createRow();
		for (int c = 0; c < values.length; c++) {
			cell(row.getCell(c), values[c], false);
		}
	}

	private static void cell(XWPFTableCell cell, String text, boolean bold) {
		XWPFParagraph p = cell.getParagraphs().get(0);
		p.setSpacingAfter(0);
		p.setAlignment(bold ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
		XWPFRun run = p.createRun();
		style(run, bold, false, 12);
		run.setText(text);
	}

	private static void style(XWPFRun run, boolean bold, boolean italic, int size) {
		run.setFontFamily(FONT);
		run.setFontSize(size);
		run.setBold(bold);
		run.setItalic(italic);
	}
}
