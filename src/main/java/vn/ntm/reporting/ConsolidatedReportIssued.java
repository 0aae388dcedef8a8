package vn.ntm.reporting;

import java.time.YearMonth;

/** The coordination office issued a revision of the province's consolidated report of a month. */
public record ConsolidatedReportIssued(long reportId, String provinceCode, YearMonth month, int revision,
		String documentNumber, String issuedBy) {
}
