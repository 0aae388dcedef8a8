package vn.ntm.recognition.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.stereotype.Component;

import vn.ntm.recognition.Dossier;
import vn.ntm.recognition.DossierEvidence;
import vn.ntm.recognition.DossierView;
import vn.ntm.shared.VietnameseFormat;
import vn.ntm.shared.platform.Messages;

/**
 * The self-assessment report (báo cáo tự đánh giá) of a dossier as a Word document (Apache POI, as the consolidated
 * report): each criterion with its result and each indicator with its value, threshold and the period it was
 * recorded for. Always in Vietnamese: it is an administrative document.
 */
@Component
class SelfAssessmentFile {

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
	private static final String FONT = "Times New Roman";

	private final Messages messages;

	SelfAssessmentFile(Messages messages) {
		this.messages = messages;
	}

	static String filename(Dossier d) {
		return "bao-cao-tu-danh-gia-" + d.unitCode() + "-" + d.tier().name().toLowerCase(Locale.ROOT) + "-" + d.year()
				+ ".docx";
	}

	byte[] write(DossierView view) {
		Dossier d = view.dossier();
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			paragraph(doc, vi("recognition.dossier.report.nation"), true, ParagraphAlignment.CENTER);
			paragraph(doc, vi("recognition.dossier.report.motto"), true, ParagraphAlignment.CENTER);
			paragraph(doc, vi("recognition.dossier.report.title"), true, ParagraphAlignment.CENTER).setSpacingBefore(240);
			paragraph(doc, vi("recognition.dossier.report.subject", d.unitName(), vi("recognition.tier." + d.tier().name()),
					String.valueOf(d.year())), true, ParagraphAlignment.CENTER);
			long met = view.criteria().stream()
				.filter(c -> c.evidence() != null && "MET".equals(c.evidence().status())).count();
			paragraph(doc, vi("recognition.dossier.report.summary", d.unitName(), String.valueOf(met),
					String.valueOf(view.criteria().size()), d.setCode()), false, ParagraphAlignment.BOTH);
			XWPFTable table = doc.createTable(1, 6);
			header(table.getRow(0), vi("recognition.dossier.report.col.number"), vi("recognition.dossier.report.col.name"),
					vi("recognition.dossier.report.col.value"), vi("recognition.dossier.report.col.threshold"),
					vi("recognition.dossier.report.col.period"), vi("recognition.dossier.report.col.status"));
			for (DossierView.CriterionLine c : view.criteria()) {
				String status = c.evidence() == null ? vi("recognition.dossier.report.no-data") : status(c.evidence().status());
				row(table, true, String.valueOf(c.number()), c.nameVi(), "", "", "", status);
				if (c.evidence() != null) {
					for (DossierEvidence.IndicatorResult i : c.evidence().indicators()) {
						row(table, false, i.code(), i.nameVi(), value(i.value(), i.unit()), nz(i.threshold()),
								nz(i.valuePeriod()), status(i.status()));
					}
				}
			}
			paragraph(doc, vi("recognition.dossier.report.generated", VietnameseFormat.date(view.openedOn())), false,
					ParagraphAlignment.LEFT).setSpacingBefore(240);
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private String vi(String key, Object... args) {
		return messages.vietnamese(key, args);
	}

	private String status(String status) {
		return status == null ? "" : vi("recognition.dossier.report.status." + status);
	}

	private static String value(String value, String unit) {
		return value == null ? "" : unit == null || unit.isBlank() ? value : value + " " + unit;
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

	private static XWPFParagraph paragraph(XWPFDocument doc, String text, boolean bold, ParagraphAlignment align) {
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(align);
		run(p, text, bold);
		return p;
	}

	private static void run(XWPFParagraph p, String text, boolean bold) {
		XWPFRun r = p.createRun();
		r.setFontFamily(FONT);
		r.setFontSize(13);
		r.setBold(bold);
		r.setText(text);
	}

	private static void header(XWPFTableRow row, String... texts) {
		for (int i = 0; i < texts.length; i++) {
			cell(row, i, texts[i], true);
		}
	}

	private static void row(XWPFTable table, boolean bold, String... texts) {
		XWPFTableRow row = table.createRow();
		for (int i = 0; i < texts.length; i++) {
			cell(row, i, texts[i], bold);
		}
	}

	private static void cell(XWPFTableRow row, int i, String text, boolean bold) {
		var cell = row.getCell(i) == null ? row.addNewTableCell() : row.getCell(i);
		XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().getFirst();
		run(p, text, bold);
	}
}
