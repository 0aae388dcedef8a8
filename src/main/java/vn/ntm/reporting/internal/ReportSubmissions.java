package vn.ntm.reporting.internal;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.ntm.reporting.StoredFile;
import vn.ntm.reporting.Submission;

/** The reports the current user may read: every revision, and their attachments. */
@Component
public class ReportSubmissions {

	private final ReportingScope scope;
	private final SubmissionStore submissions;

	ReportSubmissions(ReportingScope scope, SubmissionStore submissions) {
		this.scope = scope;
		this.submissions = submissions;
	}

	/** Every revision of the reporter's report of the month, oldest first. */
	public List<Submission> submissions(String provinceCode, String reporterCode, YearMonth month) {
		if (!scope.mayFollow(provinceCode, reporterCode, month)) {
			throw new AccessDeniedException("reporter outside scope");
		}
		return submissions.revisions(provinceCode, reporterCode, month);
	}

	public Optional<Submission> submission(long id) {
		Optional<Submission> s = submissions.find(id);
		if (s.isPresent() && !scope.mayFollow(s.get().provinceCode(), s.get().reporterCode(), s.get().month())) {
			throw new AccessDeniedException("report outside scope");
		}
		return s;
	}

	/** The content of an attachment of a submission the user may read. */
	public Optional<StoredFile> attachment(long submissionId, long attachmentId) {
		return submission(submissionId).flatMap(s -> submissions.attachment(submissionId, attachmentId));
	}
}
