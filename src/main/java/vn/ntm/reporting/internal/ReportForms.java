package vn.ntm.reporting.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import vn.ntm.assessment.Assessments;
import vn.ntm.assessment.CommuneRow;
import vn.ntm.assessment.RecordedValue;
import vn.ntm.criteria.IndicatorStatus;
import vn.ntm.reporting.ConsolidatedFigures.TargetLine;
import vn.ntm.reporting.Submission.CommuneChange;
import vn.ntm.reporting.Submission.Prefill;
import vn.ntm.shared.Period;

/**
 * Pre-fills a reporter's form from the month's data in its scope: a district's communes (all criteria), or every
 * commune of the province for a department (its assigned criteria only).
 */
@Component
class ReportForms {

	private final Assessments assessments;
	private final PlanProgress plans;

	ReportForms(Assessments assessments, PlanProgress plans) {
		this.assessments = assessments;
		this.plans = plans;
	}

	Prefill prefill(Reporter reporter, String setCode, YearMonth month) {
		Set<Integer> scope = reporter.criteria();
		List<CommuneRow> now = assessments.matrix(reporter.unitCode(), Period.of(month));
		Map<String, CommuneRow> before = new HashMap<>();
		assessments.matrix(reporter.unitCode(), Period.of(month.minusMonths(1))).forEach(r -> before.put(r.unitCode(), r));
		List<CommuneChange> changes = new ArrayList<>();
		int meetingAll = 0;
		int meetingAllBefore = 0;
		for (CommuneRow row : now) {
			CommuneRow earlier = before.get(row.unitCode());
			if (row.allMet()) {
				meetingAll++;
			}
			if (earlier != null && earlier.allMet()) {
				meetingAllBefore++;
			}
			Set<Integer> newlyMet = new TreeSet<>();
			Set<Integer> lost = new TreeSet<>();
			row.criteria().forEach((criterion, status) -> {
				if (!scope.isEmpty() && !scope.contains(criterion)) {
					return;
				}
				boolean metBefore = earlier != null && earlier.criteria().get(criterion) == IndicatorStatus.MET;
				if (status == IndicatorStatus.MET && !metBefore) {
					newlyMet.add(criterion);
				}
				else if (status != IndicatorStatus.MET && metBefore) {
					lost.add(criterion);
				}
			});
			int values = (int) assessments.values(row.unitCode(), Period.of(month), null).stream()
				.filter(v -> scope.isEmpty() || scope.contains(criterionOf(v)))
				.count();
			if (values > 0 || !newlyMet.isEmpty() || !lost.isEmpty()) {
				changes.add(new CommuneChange(row.unitCode(), row.unitName(), row.districtName(), values,
						List.copyOf(newlyMet), List.copyOf(lost)));
			}
		}
		List<String> targets = plans.progress(reporter.unitCode(), month).stream().map(ReportForms::describe).toList();
		return new Prefill(setCode, List.copyOf(new TreeSet<>(scope)), now.size(), meetingAll, meetingAllBefore,
				changes, targets);
	}

	private static int criterionOf(RecordedValue value) {
		String code = value.indicatorCode();
		int dot = code.indexOf('.');
		try {
			return Integer.parseInt(dot < 0 ? code : code.substring(0, dot));
		}
		catch (NumberFormatException e) {
			return -1;
		}
	}

	private static String describe(TargetLine line) {
		return line.label() + ": " + line.reached() + "/" + line.planned();
	}
}
