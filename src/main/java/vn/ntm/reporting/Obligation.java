package vn.ntm.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Who owes which report for which month and by when.
 *
 * @param reporterCode   the organization code of a department, a committee or the coordination office; a commune's
 *                       unit code
 * @param unitCode       the district or commune a committee answers for; the province for the others
 * @param quarterEnd     true in March, June, September and December: the fuller quarter-end content is due
 * @param lastOnTimeDay  the last local day on which the report is on time
 * @param dueBefore      the first instant that is late (start of the day after {@code lastOnTimeDay}, local time)
 */
public record Obligation(String reporterCode, String reporterName, ReporterKind reporterKind, String provinceCode,
		String unitCode, YearMonth month, boolean quarterEnd, LocalDate lastOnTimeDay, Instant dueBefore) {

	public enum ReporterKind {
		/** A provincial department reporting on its assigned criteria. */
		DEPARTMENT,
		/** A district People's Committee reporting on its area (until the district tier ended on 30/06/2025). */
		DISTRICT,
		/** A commune's People's Committee reporting on its commune (two-tier local government, from 01/07/2025). */
		COMMUNE,
		/** The coordination office's consolidated report to the People's Committee. */
		COORDINATION_OFFICE
	}
}
