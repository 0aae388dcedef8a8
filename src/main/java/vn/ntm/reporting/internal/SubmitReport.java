package vn.ntm.reporting.internal;

import static vn.ntm.reporting.internal.ReportingScope.isBlank;
import static vn.ntm.reporting.internal.ReportingScope.key;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.reporting.ReportRejected;
import vn.ntm.reporting.ReportSubmitted;
import vn.ntm.reporting.Submission;
import vn.ntm.shared.AuditEvent;
import vn.ntm.shared.Message;

/** A reporter submits a draft, which is read-only from then on. */
@Component
public class SubmitReport {

	private final ReportingScope scope;
	private final SubmissionStore submissions;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	SubmitReport(ReportingScope scope, SubmissionStore submissions, ApplicationEventPublisher events, Clock clock) {
		this.scope = scope;
		this.submissions = submissions;
		this.events = events;
		this.clock = clock;
	}

	/** Submits a draft; publishes {@link ReportSubmitted}. */
	@Transactional
	public Submission submit(long submissionId, long expectedVersion) {
		Submission s = scope.ownDraft(submissionId);
		if (isBlank(s.results())) {
			throw new ReportRejected(Message.of("reporting.error.results-required"));
		}
		Instant now = clock.instant();
		String by = scope.currentUsername();
		submissions.markSubmitted(submissionId, by, now, expectedVersion);
		events.publishEvent(new AuditEvent("report", key(s.reporterCode(), s.month()) + "/" + s.revision(), "submit",
				"DRAFT", "SUBMITTED", s.provinceCode()));
		events.publishEvent(new ReportSubmitted(submissionId, s.reporterCode(), s.month(), s.revision(), now, by));
		return submissions.find(submissionId).orElseThrow();
	}
}
