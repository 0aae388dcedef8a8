package vn.ntm.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The numbers of one revision of a province's consolidated monthly report, frozen when it is issued: the document
 * and the workbook are generated from exactly these and stored beside them.
 *
 * @param targets   progress against the year's plan targets; empty while no plan is available
 * @param reporters every reporter's timeliness for the month (the late and missing ones are listed in the report)
 */
public record ConsolidatedFigures(String provinceCode, String provinceName, YearMonth month, boolean quarterEnd,
		int revision, String documentNumber, LocalDate issuedOn, String place, int communesInScope,
		int meetingAllCriteria, int recognised, int recognisedAdvanced, int recognisedModel,
		BigDecimal averageCriteriaMet, List<DistrictLine> districts, List<TargetLine> targets,
		List<ReporterLine> reporters) {

	public record DistrictLine(String unitCode, String name, int communesInScope, int meetingAllCriteria,
			int recognised, BigDecimal averageCriteriaMet) {
	}

	/** One plan target: e.g. "xã đạt chuẩn NTM năm 2023", 7 planned, 2 reached. */
	public record TargetLine(String label, int planned, int reached) {
	}

	/** @param submittedOn the local day of the first submission, or null */
	public record ReporterLine(String code, String name, Obligation.ReporterKind kind, Timeliness.Status status,
			int daysLate, LocalDate submittedOn) {
	}

	public List<ReporterLine> lateOrMissing() {
		return reporters.stream()
			.filter(r -> r.status() == Timeliness.Status.LATE || r.status() == Timeliness.Status.MISSING)
			.toList();
	}
}
