package vn.ntm.reporting.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.ntm.reporting.ConsolidatedReport;
import vn.ntm.reporting.Obligation;
import vn.ntm.reporting.Obligation.ReporterKind;
import vn.ntm.reporting.Timeliness;
import vn.ntm.reporting.rules.ReportingCalendar;

/**
 * Each reporter's obligation of a month with its timeliness as of now: judged on the reporter's first submission, the
 * coordination office's on its first issued consolidated report.
 */
@Component
class ReportTimeliness {

	private final ReportingObligations obligations;
	private final SubmissionStore submissions;
	private final ConsolidatedStore consolidated;
	private final ReportingCalendar calendar;
	private final Clock clock;

	ReportTimeliness(ReportingObligations obligations, SubmissionStore submissions, ConsolidatedStore consolidated,
			ReportingCalendar calendar, Clock clock) {
		this.obligations = obligations;
		this.submissions = submissions;
		this.consolidated = consolidated;
		this.calendar = calendar;
		this.clock = clock;
	}

	List<Timeliness> of(String provinceCode, List<Reporter> reporters, YearMonth month) {
		Map<String, SubmissionStore.FirstSubmission> first = submissions.firstSubmissions(provinceCode, month);
		List<ConsolidatedReport> issued = consolidated.all(provinceCode, month);
		Instant now = clock.instant();
		List<Timeliness> lines = new ArrayList<>();
		for (Reporter r : reporters) {
			Obligation o = obligations.obligation(r, month);
			Instant at;
			Long id;
			if (r.kind() == ReporterKind.COORDINATION_OFFICE) {
				at = issued.isEmpty() ? null : issued.get(0).issuedAt();
				id = issued.isEmpty() ? null : issued.get(0).id();
			}
			else {
				SubmissionStore.FirstSubmission f = first.get(r.code());
				at = f == null ? null : f.submittedAt();
				id = f == null ? null : f.submissionId();
			}
			Timeliness.Status status = calendar.classify(o.lastOnTimeDay(), at, now);
			int late = status == Timeliness.Status.LATE ? calendar.daysLate(o.lastOnTimeDay(), at) : 0;
			lines.add(new Timeliness(o, status, late, at, id));
		}
		return lines;
	}
}
