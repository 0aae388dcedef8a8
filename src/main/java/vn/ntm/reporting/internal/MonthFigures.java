package vn.ntm.reporting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.ntm.assessment.Assessments;
import vn.ntm.assessment.Summary;
import vn.ntm.criteria.Tier;
import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Geography;
import vn.ntm.reporting.ConsolidatedFigures;
import vn.ntm.reporting.ConsolidatedFigures.DistrictLine;
import vn.ntm.reporting.ConsolidatedFigures.ReporterLine;
import vn.ntm.reporting.Obligation.ReporterKind;
import vn.ntm.reporting.ReportRejected;
import vn.ntm.reporting.rules.ReportingCalendar;
import vn.ntm.shared.Message;
import vn.ntm.shared.Period;

/**
 * The figures of a province's consolidated report of a month: the communes' standing from the assessments, the plan
 * targets' progress and every reporter's timeliness, as of the moment the report is issued (or previewed).
 */
@Component
class MonthFigures {

	private final Geography geography;
	private final Assessments assessments;
	private final ReporterDirectory directory;
	private final ReportTimeliness timeliness;
	private final PlanTargets plans;
	private final ReportingCalendar calendar;

	MonthFigures(Geography geography, Assessments assessments, ReporterDirectory directory,
			ReportTimeliness timeliness, PlanTargets plans, ReportingCalendar calendar) {
		this.geography = geography;
		this.assessments = assessments;
		this.directory = directory;
		this.timeliness = timeliness;
		this.plans = plans;
		this.calendar = calendar;
	}

	ConsolidatedFigures of(String provinceCode, YearMonth month, int revision, String number, Instant issuedAt) {
		AdministrativeUnit province = geography.findLatest(provinceCode, month.atEndOfMonth())
			.orElseThrow(() -> new ReportRejected(Message.of("reporting.error.no-province", provinceCode)));
		Summary summary = assessments.summary(provinceCode, Period.of(month));
		List<DistrictLine> districts = summary.districts().stream()
			.map(d -> new DistrictLine(d.unitCode(), d.unitName(), d.communesInScope(), d.meetingAllCriteria(),
					d.recognised(), scale(d.averageCriteriaMet())))
			.toList();
		List<ReporterLine> reporters = timeliness.of(provinceCode, directory.reporters(provinceCode, month), month)
			.stream()
			.filter(t -> t.obligation().reporterKind() != ReporterKind.COORDINATION_OFFICE)
			.map(t -> new ReporterLine(t.obligation().reporterCode(), t.obligation().reporterName(),
					t.obligation().reporterKind(), t.status(), t.daysLate(),
					t.submittedAt() == null ? null : calendar.localDay(t.submittedAt())))
			.toList();
		return new ConsolidatedFigures(provinceCode, ProvinceNames.fullName(province), month,
				ReportingCalendar.isQuarterEnd(month), revision, number, calendar.localDay(issuedAt),
				ProvinceNames.place(province), summary.communesInScope(), summary.meetingAllCriteria(),
				summary.recognised(), summary.recognisedByTier().getOrDefault(Tier.ADVANCED, 0),
				summary.recognisedByTier().getOrDefault(Tier.MODEL, 0), scale(summary.averageCriteriaMet()), districts,
				plans.progress(provinceCode, month), reporters);
	}

	private static BigDecimal scale(BigDecimal value) {
		return value == null ? BigDecimal.ZERO.setScale(2) : value.setScale(2, RoundingMode.HALF_UP);
	}
}
