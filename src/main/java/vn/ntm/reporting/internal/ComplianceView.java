package vn.ntm.reporting.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.ntm.reporting.ReportingRecords;
import vn.ntm.reporting.Timeliness;
import vn.ntm.reporting.document.ComplianceWorkbook;
import vn.ntm.reporting.document.DocumentText;
import vn.ntm.reporting.rules.ReportingCalendar;
import vn.ntm.shared.platform.Messages;

/**
 * Compliance with the reporting regime: a month of the province, or one reporter's year, as lines or a workbook (in
 * the reader's language).
 */
@Component
public class ComplianceView implements ReportingRecords {

	private final ReportTimeliness timeliness;
	private final ReportingScope scope;
	private final ReporterDirectory directory;
	private final ReportingCalendar calendar;
	private final Messages messages;

	ComplianceView(ReportTimeliness timeliness, ReportingScope scope, ReporterDirectory directory,
			ReportingCalendar calendar, Messages messages) {
		this.timeliness = timeliness;
		this.scope = scope;
		this.directory = directory;
		this.calendar = calendar;
		this.messages = messages;
	}

	/** Each obligation of the month the user may see, with its timeliness as of now. */
	public List<Timeliness> compliance(String provinceCode, YearMonth month) {
		return timeliness.of(provinceCode, scope.visibleReporters(provinceCode, month), month);
	}

	@Override
	public List<Timeliness> year(String provinceCode, int year) {
		List<Timeliness> lines = new ArrayList<>();
		for (int m = 1; m <= 12; m++) {
			lines.addAll(compliance(provinceCode, YearMonth.of(year, m)));
		}
		return lines;
	}

	/** One reporter's twelve months of a year: the accountability record. */
	public List<Timeliness> year(String provinceCode, String reporterCode, int year) {
		if (IntStream.rangeClosed(1, 12).noneMatch(m -> scope.mayFollow(provinceCode, reporterCode, YearMonth.of(year, m)))) {
			throw new AccessDeniedException("reporter outside scope");
		}
		List<Timeliness> lines = new ArrayList<>();
		for (int m = 1; m <= 12; m++) {
			YearMonth month = YearMonth.of(year, m);
			directory.find(provinceCode, month, reporterCode)
				.ifPresent(r -> lines.addAll(timeliness.of(provinceCode, List.of(r), month)));
		}
		return lines;
	}

	/** Compliance of a month as a workbook. */
	public byte[] complianceWorkbook(String provinceCode, YearMonth month) {
		DocumentText text = messages::get;
		return new ComplianceWorkbook(text).write(text.get("reporting.document.compliance-title", text.month(month)),
				compliance(provinceCode, month), calendar.zone());
	}

	/** One reporter's year as a workbook. */
	public byte[] yearWorkbook(String provinceCode, String reporterCode, int year) {
		List<Timeliness> lines = year(provinceCode, reporterCode, year);
		String name = lines.isEmpty() ? reporterCode : lines.get(0).obligation().reporterName();
		DocumentText text = messages::get;
		return new ComplianceWorkbook(text).write(
				text.get("reporting.year.workbook-title", String.valueOf(year), name), lines, calendar.zone());
	}
}
