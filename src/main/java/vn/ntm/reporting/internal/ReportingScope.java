package vn.ntm.reporting.internal;

import java.time.YearMonth;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.ntm.identity.Access;
import vn.ntm.reporting.ReportRejected;
import vn.ntm.reporting.Submission;
import vn.ntm.reporting.Submission.State;
import vn.ntm.shared.Message;

/**
 * What the current user may see and write in the reporting regime: a department or committee its own reports, the
 * coordination office (and whoever oversees the province) every reporter of the province.
 */
@Component
class ReportingScope {

	private final ReporterDirectory directory;
	private final SubmissionStore submissions;
	private final Access access;

	ReportingScope(ReporterDirectory directory, SubmissionStore submissions, Access access) {
		this.directory = directory;
		this.submissions = submissions;
		this.access = access;
	}

	List<Reporter> visibleReporters(String provinceCode, YearMonth month) {
		List<Reporter> all = directory.reporters(provinceCode, month);
		if (directory.overseesProvince(provinceCode)) {
			return all;
		}
		var own = directory.reportersOfCurrentUser(provinceCode, month);
		return all.stream().filter(r -> own.contains(r.code())).toList();
	}

	boolean mayFollow(String provinceCode, String reporterCode, YearMonth month) {
		return directory.overseesProvince(provinceCode) || reportsFor(provinceCode, reporterCode, month);
	}

	/** Whether the current user writes the reporter's reports of the month. */
	boolean reportsFor(String provinceCode, String reporterCode, YearMonth month) {
		return directory.reportersOfCurrentUser(provinceCode, month).contains(reporterCode);
	}

	void requireFollowsProvince(String provinceCode) {
		if (!directory.overseesProvince(provinceCode)) {
			throw new AccessDeniedException("only the coordination office follows the whole province");
		}
	}

	void requireIssues(String provinceCode) {
		if (!access.canManage(provinceCode)) {
			throw new AccessDeniedException("only the coordination office issues the consolidated report");
		}
	}

	Reporter reporterToWrite(String provinceCode, YearMonth month, String reporterCode) {
		Reporter reporter = directory.find(provinceCode, month, reporterCode)
			.orElseThrow(() -> new ReportRejected(Message.of("reporting.error.no-reporter", reporterCode)));
		if (!reportsFor(provinceCode, reporterCode, month)) {
			throw new AccessDeniedException("reports only for one's own organization");
		}
		return reporter;
	}

	/** A draft of one of the current user's reporters, still open to changes. */
	Submission ownDraft(long id) {
		Submission s = submissions.find(id)
			.orElseThrow(() -> new ReportRejected(Message.of("reporting.error.no-report", String.valueOf(id))));
		reporterToWrite(s.provinceCode(), s.month(), s.reporterCode());
		if (s.state() != State.DRAFT) {
			throw new ReportRejected(Message.of("reporting.error.submitted-read-only"));
		}
		return s;
	}

	String currentUsername() {
		return access.currentUsername();
	}

	static String key(String reporterCode, YearMonth month) {
		return reporterCode + "/" + month;
	}

	static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}

	static String trim(String s) {
		return isBlank(s) ? null : s.strip();
	}
}
