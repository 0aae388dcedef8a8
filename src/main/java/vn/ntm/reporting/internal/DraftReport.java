package vn.ntm.reporting.internal;

import static vn.ntm.reporting.internal.ReportingScope.key;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.reporting.Submission;
import vn.ntm.reporting.Submission.State;
import vn.ntm.reporting.rules.ReportingCalendar;
import vn.ntm.shared.AuditEvent;

/** A reporter starts the month's report pre-filled, or a corrected revision of a submitted one. */
@Component
public class DraftReport {

	private final ReportingScope scope;
	private final SubmissionStore submissions;
	private final ReportForms forms;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	DraftReport(ReportingScope scope, SubmissionStore submissions, ReportForms forms, ApplicationEventPublisher events,
			Clock clock) {
		this.scope = scope;
		this.submissions = submissions;
		this.forms = forms;
		this.events = events;
		this.clock = clock;
	}

	/** The current draft of the reporter's report of the month, started pre-filled when there is none. */
	@Transactional
	public Submission draft(String provinceCode, String reporterCode, YearMonth month) {
		Reporter reporter = scope.reporterToWrite(provinceCode, month, reporterCode);
		List<Submission> revisions = submissions.revisions(provinceCode, reporterCode, month);
		if (!revisions.isEmpty()) {
			return revisions.get(revisions.size() - 1);
		}
		long id = submissions.insert(provinceCode, reporter, month, 1, ReportingCalendar.isQuarterEnd(month),
				forms.prefill(reporter, reporter.setCode(), month), null, null, null, scope.currentUsername(),
				clock.instant());
		events.publishEvent(new AuditEvent("report", key(reporterCode, month) + "/1", "create", null, "draft",
				provinceCode));
		return submissions.find(id).orElseThrow();
	}

	/**
	 * The form a reporter who has no report of the month yet starts from, pre-filled, stored nowhere (id 0): what a
	 * page shows before the first save, so that opening it writes nothing.
	 */
	@Transactional(readOnly = true)
	public Submission unsavedDraft(String provinceCode, String reporterCode, YearMonth month) {
		Reporter reporter = scope.reporterToWrite(provinceCode, month, reporterCode);
		return new Submission(0, provinceCode, reporterCode, reporter.name(), month, 1, State.DRAFT,
				ReportingCalendar.isQuarterEnd(month), forms.prefill(reporter, reporter.setCode(), month), null, null,
				null, List.of(), scope.currentUsername(), clock.instant(), null, null, 0);
	}

	/**
	 * Starts a corrected resubmission: a new draft revision with the last submitted narrative and a fresh pre-fill;
	 * the submitted revisions stay as they were.
	 */
	@Transactional
	public Submission correct(String provinceCode, String reporterCode, YearMonth month) {
		Reporter reporter = scope.reporterToWrite(provinceCode, month, reporterCode);
		List<Submission> revisions = submissions.revisions(provinceCode, reporterCode, month);
		if (revisions.isEmpty()) {
			return draft(provinceCode, reporterCode, month);
		}
		Submission last = revisions.get(revisions.size() - 1);
		if (last.state() == State.DRAFT) {
			return last;
		}
		int revision = last.revision() + 1;
		long id = submissions.insert(provinceCode, reporter, month, revision, last.quarterEnd(),
				forms.prefill(reporter, reporter.setCode(), month), last.results(), last.difficulties(),
				last.proposals(), scope.currentUsername(), clock.instant());
		events.publishEvent(new AuditEvent("report", key(reporterCode, month) + "/" + revision, "create",
				"revision " + last.revision(), "correction draft", provinceCode));
		return submissions.find(id).orElseThrow();
	}
}
