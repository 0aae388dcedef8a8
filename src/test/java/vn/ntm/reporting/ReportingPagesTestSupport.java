package vn.ntm.reporting;

final class ReportingPagesTestSupport {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private ReportingPagesTestSupport() {
	}
}
