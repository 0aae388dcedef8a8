package vn.ntm.reporting.internal;

import static vn.ntm.reporting.internal.ReportingScope.key;
import static vn.ntm.reporting.internal.ReportingScope.trim;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.reporting.ReportRejected;
import vn.ntm.reporting.ReportingProperties;
import vn.ntm.reporting.Submission;
import vn.ntm.reporting.rules.AttachmentType;
import vn.ntm.shared.AuditEvent;
import vn.ntm.shared.Message;

/** A reporter writes the narrative of a draft and adds files to it. */
@Component
public class EditDraft {

	private final ReportingScope scope;
	private final SubmissionStore submissions;
	private final ApplicationEventPublisher events;
	private final ReportingProperties properties;
	private final Clock clock;

	EditDraft(ReportingScope scope, SubmissionStore submissions, ApplicationEventPublisher events,
			ReportingProperties properties, Clock clock) {
		this.scope = scope;
		this.submissions = submissions;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	/** Saves the narrative sections of a draft. */
	@Transactional
	public Submission saveDraft(long submissionId, String results, String difficulties, String proposals,
			long expectedVersion) {
		Submission s = scope.ownDraft(submissionId);
		submissions.saveNarrative(submissionId, trim(results), trim(difficulties), trim(proposals), expectedVersion);
		events.publishEvent(new AuditEvent("report", key(s.reporterCode(), s.month()) + "/" + s.revision(), "update",
				null, "narrative", s.provinceCode()));
		return submissions.find(submissionId).orElseThrow();
	}

	/** Adds a PDF, Word or Excel file to a draft; the content must match the extension and the size cap. */
	@Transactional
	public Submission attach(long submissionId, String filename, byte[] content) {
		Submission s = scope.ownDraft(submissionId);
		if (content == null || content.length == 0) {
			throw new ReportRejected(Message.of("reporting.error.attachment-empty", filename));
		}
		if (content.length > properties.attachmentMaxBytes()) {
			throw new ReportRejected(Message.of("reporting.error.attachment-too-large", filename,
					String.valueOf(properties.attachmentMaxBytes() / (1024 * 1024))));
		}
		String name = filename == null ? "" : filename.replaceAll("[\\\\/]", "_").strip();
		AttachmentType type = AttachmentType.detect(name, content)
			.orElseThrow(() -> new ReportRejected(Message.of("reporting.error.attachment-type", filename)));
		submissions.addAttachment(submissionId, name, type.mediaType(), content, scope.currentUsername(),
				clock.instant());
		submissions.touch(submissionId);
		events.publishEvent(new AuditEvent("report-attachment", key(s.reporterCode(), s.month()) + "/" + s.revision(),
				"create", null, name + " (" + content.length + " B)", s.provinceCode()));
		return submissions.find(submissionId).orElseThrow();
	}
}
