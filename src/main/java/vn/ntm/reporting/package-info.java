/**
 * The reporting regime: obligations, due dates in Asia/Ho_Chi_Minh, submissions and their timeliness, reminders, and the
 * coordination office's consolidated monthly report. Each thing a user does is a use case of its own in
 * {@code internal} ({@code DraftReport}, {@code EditDraft}, {@code SubmitReport}, {@code SendReport},
 * {@code IssueConsolidatedReport}) beside the read models ({@code ReportingObligations}, {@code ComplianceView},
 * {@code ReportSubmissions}, {@code ConsolidatedReports}); every one checks the current user's scope.
 */
@org.springframework.modulith.ApplicationModule(displayName = "reporting")
package vn.ntm.reporting;
