package vn.ntm.reporting;

import java.time.Instant;

/**
 * Whether one obligation of one month was met in time, computed from the time of the first submission.
 *
 * @param daysLate   whole local days after the last on-time day (0 unless {@link Status#LATE})
 * @param submittedAt the first submission of the month's report, or null
 */
public record Timeliness(Obligation obligation, Status status, int daysLate, Instant submittedAt, Long submissionId) {

	public enum Status {
		/** Submitted by the due date. */
		ON_TIME,
		/** Submitted after the due date. */
		LATE,
		/** Not submitted and the due date has passed. */
		MISSING,
		/** Not submitted yet, still before the due date. */
		PENDING
	}
}
