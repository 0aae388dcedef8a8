package vn.ntm.reporting.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.ntm.reporting.Obligation;
import vn.ntm.reporting.Obligation.ReporterKind;
import vn.ntm.reporting.ReportingProperties;
import vn.ntm.reporting.rules.ReportingCalendar;

/** Who owes which report of a month and by when, as far as the current user may see. */
@Component
public class ReportingObligations {

	private final ReportingScope scope;
	private final ReportingCalendars calendars;

	ReportingObligations(ReportingScope scope, ReportingProperties properties) {
		this.scope = scope;
		this.calendars = new ReportingCalendars(properties);
	}

	/** The obligations of the province for a month: departments with assigned criteria, districts, the office. */
	public List<Obligation> obligations(String provinceCode, YearMonth month) {
		return scope.visibleReporters(provinceCode, month).stream().map(r -> obligation(r, month)).toList();
	}

	/** Whether the current user writes the reporter's report of the month. */
	public boolean reportsFor(String provinceCode, String reporterCode, YearMonth month) {
		return scope.reportsFor(provinceCode, reporterCode, month);
	}

	Obligation obligation(Reporter r, YearMonth month) {
		ReportingCalendar rules = calendars.forProvince(r.provinceCode());
		LocalDate last = r.kind() == ReporterKind.COORDINATION_OFFICE ? rules.consolidationLastOnTimeDay(month)
				: rules.lastOnTimeDay(month);
		return new Obligation(r.code(), r.name(), r.kind(), r.provinceCode(), r.unitCode(), month,
				ReportingCalendar.isQuarterEnd(month), last, rules.dueBefore(last));
	}
}
