package vn.ntm.reporting;

/** A report, attachment or consolidated report was refused; the message says why, in Vietnamese. */
public class ReportRejected extends RuntimeException {

	public ReportRejected(String message) {
		super(message);
	}
}
