package vn.ntm.reporting;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The reporting module's entry point: who owes which monthly report, the reports themselves, their timeliness, and
 * the coordination office's consolidated report. Every method checks the current user's scope: a department or
 * district sees its own reports, the coordination office all of its province.
 */
public interface Reporting {

	/** The obligations of the province for a month: departments with assigned criteria, districts, the office. */
	List<Obligation> obligations(String provinceCode, YearMonth month);

	/** Each obligation of the month with its timeliness as of now. */
	List<Timeliness> compliance(String provinceCode, YearMonth month);

	/** One reporter's twelve months of a year: the accountability record. */
	List<Timeliness> year(String provinceCode, String reporterCode, int year);

	/** The current draft of the reporter's report of the month, started pre-filled when there is none. */
	Submission draft(String provinceCode, String reporterCode, YearMonth month);

	/**
	 * The form a reporter who has no report of the month yet starts from, pre-filled, stored nowhere (id 0): what a
	 * page shows before the first save, so that opening it writes nothing.
	 */
	Submission unsavedDraft(String provinceCode, String reporterCode, YearMonth month);

	/**
	 * Starts a corrected resubmission: a new draft revision with the last submitted narrative and a fresh pre-fill;
	 * the submitted revisions stay as they were.
	 */
	Submission correct(String provinceCode, String reporterCode, YearMonth month);

	/** Saves the narrative sections of a draft. */
	Submission saveDraft(long submissionId, String results, String difficulties, String proposals,
			long expectedVersion);

	/** Adds a PDF, Word or Excel file to a draft; the content must match the extension and the size cap. */
	Submission attach(long submissionId, String filename, byte[] content);

	/** Submits a draft; publishes {@link ReportSubmitted}. */
	Submission submit(long submissionId, long expectedVersion);

	/** Every revision of the reporter's report of the month, oldest first. */
	List<Submission> submissions(String provinceCode, String reporterCode, YearMonth month);

	Optional<Submission> submission(long id);

	/** The content of an attachment of a submission the user may read. */
	Optional<StoredFile> attachment(long submissionId, long attachmentId);

	/**
	 * Issues a new revision of the province's consolidated report of the month: freezes the figures and stores the
	 * generated files; publishes {@link ConsolidatedReportIssued}.
	 *
	 * @param reason why a further revision is issued (null for the first)
	 */
	ConsolidatedReport issue(String provinceCode, YearMonth month, String reason);

	/** The issued revisions, oldest first. */
	List<ConsolidatedReport> consolidated(String provinceCode, YearMonth month);

	/** A stored file of an issued revision (the latest when {@code revision} is null). */
	Optional<StoredFile> consolidatedFile(String provinceCode, YearMonth month, Integer revision, String format);

	/** The figures the report of the month would have if issued now (not stored). */
	ConsolidatedFigures preview(String provinceCode, YearMonth month);

	/** Compliance of a month as a workbook. */
	byte[] complianceWorkbook(String provinceCode, YearMonth month);

	record StoredFile(String filename, String mediaType, byte[] content) {
	}
}
