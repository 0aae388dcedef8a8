package vn.ntm.reporting.internal;

import static vn.ntm.reporting.internal.ReportingScope.isBlank;
import static vn.ntm.reporting.internal.ReportingScope.trim;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.reporting.ConsolidatedFigures;
import vn.ntm.reporting.ConsolidatedReport;
import vn.ntm.reporting.ConsolidatedReportIssued;
import vn.ntm.reporting.ReportRejected;
import vn.ntm.shared.AuditEvent;
import vn.ntm.shared.Message;

/** The coordination office issues the province's consolidated report of a month, or a further revision of it. */
@Component
public class IssueConsolidatedReport {

	private final ConsolidatedStore consolidated;
	private final MonthFigures figures;
	private final ConsolidatedReportFiles files;
	private final ReportingScope scope;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	IssueConsolidatedReport(ConsolidatedStore consolidated, MonthFigures figures, ConsolidatedReportFiles files,
			ReportingScope scope, ApplicationEventPublisher events, Clock clock) {
		this.consolidated = consolidated;
		this.figures = figures;
		this.files = files;
		this.scope = scope;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Issues a new revision of the province's consolidated report of the month: freezes the figures and stores the
	 * generated files; publishes {@link ConsolidatedReportIssued}.
	 *
	 * @param reason why a further revision is issued (null for the first)
	 */
	@Transactional
	public ConsolidatedReport issue(String provinceCode, YearMonth month, String reason) {
		scope.requireIssues(provinceCode);
		int revision = consolidated.nextRevision(provinceCode, month);
		if (revision > 1 && isBlank(reason)) {
			throw new ReportRejected(Message.of("reporting.error.revision-reason"));
		}
		Instant now = clock.instant();
		String number = files.number(provinceCode, now);
		ConsolidatedFigures frozen = figures.of(provinceCode, month, revision, number, now);
		byte[] docx = files.docx(frozen);
		byte[] xlsx = files.xlsx(frozen);
		String by = scope.currentUsername();
		long id = consolidated.insert(frozen, docx, xlsx, trim(reason), by, now);
		events.publishEvent(new AuditEvent("consolidated-report", provinceCode + "/" + month + "/" + revision, "issue",
				null, number, provinceCode));
		events.publishEvent(new ConsolidatedReportIssued(id, provinceCode, month, revision, number, by));
		return new ConsolidatedReport(id, frozen, by, now, trim(reason));
	}
}
