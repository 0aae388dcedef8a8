package vn.ntm.reporting.internal;

import java.time.YearMonth;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.reporting.Submission;

/**
 * What a reporter does in one request: writes the narrative, adds files and, if asked, submits. One transaction:
 * a file refused or a stale version leaves nothing behind (no draft, no text, no attachment, no audit entry).
 */
@Component
public class SendReport {

	/** A file as uploaded. */
	public record Upload(String filename, byte[] content) {
	}

	/** The narrative sections as typed (serializable: a refused send hands them back through the session). */
	public record Narrative(String results, String difficulties, String proposals) implements java.io.Serializable {
	}

	private final DraftReport drafts;
	private final EditDraft edits;
	private final SubmitReport submission;

	SendReport(DraftReport drafts, EditDraft edits, SubmitReport submission) {
		this.drafts = drafts;
		this.edits = edits;
		this.submission = submission;
	}

	/** Into the month's draft (started, or a corrected revision when the last one was submitted). */
	@Transactional
	public Submission send(String provinceCode, String reporterCode, YearMonth month, Narrative narrative,
			List<Upload> files, boolean submit) {
		Submission draft = drafts.correct(provinceCode, reporterCode, month);
		return into(draft.id(), narrative, draft.version(), files, submit);
	}

	/** Into the draft the user had open, at the version the user saw. */
	@Transactional
	public Submission update(long submissionId, Narrative narrative, long expectedVersion, List<Upload> files,
			boolean submit) {
		return into(submissionId, narrative, expectedVersion, files, submit);
	}

	private Submission into(long id, Narrative narrative, long version, List<Upload> files, boolean submit) {
		Submission s = edits.saveDraft(id, narrative.results(), narrative.difficulties(), narrative.proposals(),
				version);
		for (Upload file : files) {
			s = edits.attach(id, file.filename(), file.content());
		}
		return submit ? submission.submit(id, s.version()) : s;
	}
}
