package vn.ntm.reporting;

import java.time.Instant;

/** One issued revision of a province's consolidated report, with the figures it was generated from. */
public record ConsolidatedReport(long id, ConsolidatedFigures figures, String issuedBy, Instant issuedAt,
		String reason) {
}
