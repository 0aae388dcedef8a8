package vn.ntm.reporting;

import java.time.Instant;
import java.time.YearMonth;

/** A reporter submitted (or resubmitted, {@code revision} > 1) its report of a month. */
public record ReportSubmitted(long submissionId, String reporterCode, YearMonth month, int revision,
		Instant submittedAt, String submittedBy) {
}
