package vn.ntm.reporting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.ntm.reporting.ConsolidatedFigures;
import vn.ntm.reporting.ReportingProperties;
import vn.ntm.reporting.document.ConsolidatedReportDocument;
import vn.ntm.reporting.document.ConsolidatedReportWorkbook;
import vn.ntm.reporting.document.DocumentText;
import vn.ntm.reporting.rules.ReportingCalendar;
import vn.ntm.shared.platform.Messages;

/**
 * The paperwork of a consolidated report: its number in the year's register and its .docx and .xlsx files. Both files
 * are frozen with the report and written in Vietnamese whoever issues it: they go to the province's People's Committee;
 * the office's name, recipients and signer come from {@code ntm.reporting.*}, or the bundle when not configured.
 */
@Component
class ConsolidatedReportFiles {

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final ConsolidatedStore consolidated;
	private final ReportingProperties properties;
	private final ReportingCalendar calendar;
	private final DocumentText vietnamese;

	ConsolidatedReportFiles(ConsolidatedStore consolidated, ReportingProperties properties, ReportingCalendar calendar,
			Messages messages) {
		this.consolidated = consolidated;
		this.properties = properties;
		this.calendar = calendar;
		this.vietnamese = messages::vietnamese;
	}

	/** The number of a report issued at {@code now}: the next in the province's register of the local year. */
	String number(String provinceCode, Instant now) {
		LocalDate today = calendar.localDay(now);
		Instant yearStart = LocalDate.of(today.getYear(), 1, 1).atStartOfDay(calendar.zone()).toInstant();
		Instant nextYear = LocalDate.of(today.getYear() + 1, 1, 1).atStartOfDay(calendar.zone()).toInstant();
		return "%02d/%s".formatted(consolidated.nextNumberInYear(provinceCode, yearStart, nextYear), numberSuffix());
	}

	/** The number a preview shows: the register's number is given only when the report is issued. */
	String unnumbered() {
		return "…/" + numberSuffix();
	}

	byte[] docx(ConsolidatedFigures figures) {
		return document().write(figures);
	}

	byte[] xlsx(ConsolidatedFigures figures) {
		return new ConsolidatedReportWorkbook(vietnamese).write(figures);
	}

	static String filename(String provinceCode, YearMonth month, int revision, String ext) {
		return "bao-cao-tong-hop-" + provinceCode + "-" + month + (revision > 1 ? "-lan-" + revision : "") + "."
				+ ext;
	}

	private ConsolidatedReportDocument document() {
		List<String> recipients = properties.recipients() != null && !properties.recipients().isEmpty()
				? properties.recipients()
				: Arrays.asList(vietnamese.get("reporting.document.recipients").split(";"));
		return new ConsolidatedReportDocument(or(properties.issuingOffice(), "reporting.document.issuing-office"),
				recipients, or(properties.signerTitle(), "reporting.document.signer-title"), properties.signerName(),
				vietnamese);
	}

	private String numberSuffix() {
		return or(properties.documentNumberSuffix(), "reporting.document.number-suffix");
	}

	private String or(String configured, String key) {
		return configured != null ? configured : vietnamese.get(key);
	}
}
