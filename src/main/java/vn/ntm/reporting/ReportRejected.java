package vn.ntm.reporting;

import vn.ntm.shared.Message;

/** A report, attachment or consolidated report was refused; {@link #reason()} says why, to translate. */
public class ReportRejected extends RuntimeException {

	private final transient Message reason;

	public ReportRejected(Message reason) {
		super(reason.key());
		this.reason = reason;
	}

	/** Why, as a key of the reporting bundle and its arguments. */
	public Message reason() {
		return reason;
	}
}
