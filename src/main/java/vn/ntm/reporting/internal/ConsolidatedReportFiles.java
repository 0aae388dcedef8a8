package vn.ntm.reporting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.stereotype.Component;

import vn.ntm.reporting.ConsolidatedFigures;
import vn.ntm.reporting.ReportingProperties;
import vn.ntm.reporting.document.ConsolidatedReportDocument;
import vn.ntm.reporting.document.ConsolidatedReportWorkbook;
import vn.ntm.reporting.rules.ReportingCalendar;

/** The paperwork of a consolidated report: its number in the year's register and its .docx and .xlsx files. */
@Component
class ConsolidatedReportFiles {

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final ConsolidatedStore consolidated;
	private final ReportingProperties properties;
	private final ReportingCalendar calendar;

	ConsolidatedReportFiles(ConsolidatedStore consolidated, ReportingProperties properties,
			ReportingCalendar calendar) {
		this.consolidated = consolidated;
		this.properties = properties;
		this.calendar = calendar;
	}

	/** The number of a report issued at {@code now}: the next in the province's register of the local year. */
	String number(String provinceCode, Instant now) {
		LocalDate today = calendar.localDay(now);
		Instant yearStart = LocalDate.of(today.getYear(), 1, 1).atStartOfDay(calendar.zone()).toInstant();
		Instant nextYear = LocalDate.of(today.getYear() + 1, 1, 1).atStartOfDay(calendar.zone()).toInstant();
		return "%02d/%s".formatted(consolidated.nextNumberInYear(provinceCode, yearStart, nextYear),
				properties.documentNumberSuffix());
	}

	/** The number a preview shows: the register's number is given only when the report is issued. */
	String unnumbered() {
		return "…/" + properties.documentNumberSuffix();
	}

	byte[] docx(ConsolidatedFigures figures) {
		return document().write(figures);
	}

	byte[] xlsx(ConsolidatedFigures figures) {
		return new ConsolidatedReportWorkbook().write(figures);
	}

	static String filename(String provinceCode, YearMonth month, int revision, String ext) {
		return "bao-cao-tong-hop-" + provinceCode + "-" + month + (revision > 1 ? "-lan-" + revision : "") + "."
				+ ext;
	}

	private ConsolidatedReportDocument document() {
		return new ConsolidatedReportDocument(properties.issuingOffice(), properties.recipients(),
				properties.signerTitle(), properties.signerName());
	}
}
