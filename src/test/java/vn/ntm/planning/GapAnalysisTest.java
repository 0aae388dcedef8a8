package vn.ntm.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.ntm.assessment.UnitStatus;
import vn.ntm.criteria.IndicatorStatus;
import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Region;
import vn.ntm.geography.UnitLevel;
import vn.ntm.planning.GapAnalysis.Risk;
import vn.ntm.shared.Message;
import vn.ntm.shared.Period;

class GapAnalysisTest {

	static final AdministrativeUnit DAK_MAR = commune("23512", "Xã Đắk Mar", "615");
	static final AdministrativeUnit DECOY = commune("23281", "Phường Quang Trung", "608");

	static AdministrativeUnit commune(String code, String name, String district) {
		return new AdministrativeUnit(code, name, "Xã", UnitLevel.COMMUNE, district,
				"/62/" + district + "/" + code + "/", null, null, Region.TN, false);
	}

	static final GapAnalysis.Responsible TRANSPORT = new GapAnalysis.Responsible(2, "Sở Giao thông vận tải");
	static final GapAnalysis.Responsible HEALTH = new GapAnalysis.Responsible(15, "Sở Y tế");

	static Optional<GapAnalysis.Responsible> lead(int criterion) {
		return Optional.ofNullable(Map.of(2, TRANSPORT, 15, HEALTH).get(criterion));
	}

	/** A status of 19 criteria where every criterion not in {@code unmet} is met; 2 has a numeric gap, 15 a yes/no. */
	static UnitStatus status(AdministrativeUnit unit, Period period, Set<Integer> unmet) {
		List<UnitStatus.CriterionLine> lines = new ArrayList<>();
		for (int n = 1; n <= 19; n++) {
			boolean met = !unmet.contains(n);
			IndicatorStatus s = met ? IndicatorStatus.MET : IndicatorStatus.NOT_MET;
			List<UnitStatus.IndicatorLine> indicators = switch (n) {
				case 2 -> List.of(indicator("2.1", ">=", met ? "100" : "82,5", "100", s),
						indicator("2.2", ">=", "70", "70", IndicatorStatus.MET));
				case 15 -> List.of(indicator("15.1", "boolean", met ? "Đạt" : "Không đạt", "Đạt", s));
				default -> List.of(indicator(n + ".1", ">=", met ? "1" : "0", "1", s));
			};
			lines.add(new UnitStatus.CriterionLine(n, "Tiêu chí " + n, "Criterion " + n, s, indicators));
		}
		int met = 19 - unmet.size();
		return new UnitStatus(unit, period, "xa-ntm-2021-2025", 1, "Bộ tiêu chí xã NTM", lines, met, 19, met == 19,
				null, null, met == 19 ? IndicatorStatus.MET : IndicatorStatus.NOT_MET, List.of());
	}

	static UnitStatus.IndicatorLine indicator(String code, String comparison, String value, String threshold,
			IndicatorStatus status) {
		return new UnitStatus.IndicatorLine(code, "Chỉ tiêu " + code, "Indicator " + code, "%", comparison, value,
				"2023-06", 1L, threshold, "QĐ 318", true, false, status);
	}

	static final LocalDate YEAR_END = LocalDate.of(2023, 12, 31);

	@Test
	void unmetIndicatorsCarryTheirDistanceToTheThresholdAndTheLeadDepartmentOfTheirCriterion() {
		UnitStatus june = status(DAK_MAR, Period.month(2023, 6), Set.of(2, 15));
		GapAnalysis.Report report = GapAnalysis.analyse(june, List.of(), PlanTier.COMMUNE_STANDARD, YEAR_END,
				GapAnalysisTest::lead, Message::key);

		assertThat(report.criteriaMet()).isEqualTo(17);
		assertThat(report.gaps()).extracting(GapAnalysis.Gap::indicatorCode).containsExactly("2.1", "15.1");
		GapAnalysis.Gap road = report.gaps().get(0);
		assertThat(road.distance()).isEqualByComparingTo("17.5");
		assertThat(road.lead()).isEqualTo(TRANSPORT);
		GapAnalysis.Gap health = report.gaps().get(1);
		assertThat(health.distance()).isNull();
		assertThat(health.distanceText()).isEqualTo(Message.of("planning.gap.not-met"));
		assertThat(health.lead()).isEqualTo(HEALTH);
	}

	@Test
	void aUnitClosingOneCriterionAMonthWithTwoLeftAndSixMonthsToGoIsOnTrack() {
		List<UnitStatus> history = List.of(status(DAK_MAR, Period.month(2023, 4), Set.of(2, 15, 17, 10)),
				status(DAK_MAR, Period.month(2023, 5), Set.of(2, 15, 17)));
		UnitStatus june = status(DAK_MAR, Period.month(2023, 6), Set.of(2, 15));
		GapAnalysis.Report report = GapAnalysis.analyse(june, history, PlanTier.COMMUNE_STANDARD, YEAR_END,
				GapAnalysisTest::lead, Message::key);

		assertThat(report.monthsLeft()).isEqualTo(6);
		assertThat(report.ratePerMonth()).isEqualTo(1.0);
		assertThat(report.risk()).isEqualTo(Risk.ON_TRACK);
		assertThat(report.metByPeriod()).containsExactly(15, 16, 17);
		assertThat(report.trends().get(9).statuses())
			.containsExactly(IndicatorStatus.NOT_MET, IndicatorStatus.MET, IndicatorStatus.MET);
	}

	@Test
	void aUnitWithoutRecentProgressIsAtRiskAndOneWhoseCriterionSlippedBackToo() {
		UnitStatus april = status(DAK_MAR, Period.month(2023, 4), Set.of(2, 15));
		UnitStatus june = status(DAK_MAR, Period.month(2023, 6), Set.of(2, 15));
		assertThat(GapAnalysis.analyse(june, List.of(april), PlanTier.COMMUNE_STANDARD, YEAR_END,
				GapAnalysisTest::lead, Message::key).risk()).isEqualTo(Risk.AT_RISK);

		UnitStatus slipped = status(DAK_MAR, Period.month(2023, 6), Set.of(17));
		UnitStatus earlier = status(DAK_MAR, Period.month(2023, 4), Set.of(2, 15));
		GapAnalysis.Report report = GapAnalysis.analyse(slipped, List.of(earlier), PlanTier.COMMUNE_STANDARD,
				YEAR_END, GapAnalysisTest::lead, Message::key);
		assertThat(report.ratePerMonth()).isEqualTo(0.5);
		assertThat(report.risk()).isEqualTo(Risk.AT_RISK);
	}

	@Test
	void moreCriteriaLeftThanMonthsOrAPassedDeadlineIsOffTrack() {
		UnitStatus october = status(DAK_MAR, Period.month(2023, 10), Set.of(2, 15, 17, 10));
		assertThat(GapAnalysis.analyse(october, List.of(), PlanTier.COMMUNE_STANDARD, YEAR_END,
				GapAnalysisTest::lead, Message::key).risk()).isEqualTo(Risk.OFF_TRACK);
		UnitStatus december = status(DAK_MAR, Period.month(2023, 12), Set.of(2));
		assertThat(GapAnalysis.analyse(december, List.of(), PlanTier.COMMUNE_STANDARD, YEAR_END,
				GapAnalysisTest::lead, Message::key).risk()).isEqualTo(Risk.OFF_TRACK);
		assertThat(GapAnalysis.analyse(status(DAK_MAR, Period.month(2023, 12), Set.of()), List.of(),
				PlanTier.COMMUNE_STANDARD, YEAR_END, GapAnalysisTest::lead, Message::key).risk()).isEqualTo(Risk.ON_TRACK);
	}

	@Test
	void theToDoListOfADepartmentHoldsOnlyItsCriteriaInTargetUnitsNotTheDecoyOutsideThePlan() {
		Period june = Period.month(2023, 6);
		Plan plan = new Plan(1, "62", 2023, "Kế hoạch", false, null, List.of(),
				List.of(new Target.Named(1, PlanTier.COMMUNE_MODEL, "23512", "Xã Đắk Mar", "Đăk Mar", "615", null,
						null)), 0);
		Map<String, UnitStatus> statuses = Map.of("23512", status(DAK_MAR, june, Set.of(2, 15)), "23281",
				status(DECOY, june, Set.of(2)));
		List<GapAnalysis.Report> reports = plan.named().stream()
			.map(t -> GapAnalysis.analyse(statuses.get(t.unitCode()), List.of(), t.tier(), YEAR_END,
					GapAnalysisTest::lead, Message::key))
			.toList();
		List<TodoItem> todo = TodoItem.of(plan, reports, TRANSPORT.organizationId());

		assertThat(todo).extracting(TodoItem::unitCode, TodoItem::indicatorCode).containsExactly(
				org.assertj.core.groups.Tuple.tuple("23512", "2.1"));
	}
}
