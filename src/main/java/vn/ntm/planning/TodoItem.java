package vn.ntm.planning;

import java.util.ArrayList;
import java.util.List;

import vn.ntm.criteria.IndicatorStatus;
import vn.ntm.shared.Message;

/** One unmet indicator a department answers for, in a target unit of a plan: a line of its to-do list. */
public record TodoItem(String unitCode, String unitName, PlanTier tier, int criterion, String criterionName,
		String indicatorCode, String indicatorName, String value, String threshold, Message gap,
		IndicatorStatus status, GapAnalysis.Risk risk) {

	/** The to-do list of {@code organizationId} from the gap reports of a plan's target units. */
	public static List<TodoItem> of(Plan plan, List<GapAnalysis.Report> reports, long organizationId) {
		List<TodoItem> items = new ArrayList<>();
		for (GapAnalysis.Report r : reports) {
			boolean target = plan.named().stream().anyMatch(t -> r.unitCode().equals(t.unitCode()));
			if (!target) {
				continue;
			}
			for (GapAnalysis.Gap g : r.gaps()) {
				if (g.lead() != null && g.lead().organizationId() == organizationId) {
					items.add(new TodoItem(r.unitCode(), r.unitName(), r.tier(), g.criterion(), g.criterionName(),
							g.indicatorCode(), g.indicatorName(), g.value(), g.threshold(), g.distanceText(),
							g.status(), r.risk()));
				}
			}
		}
		return items;
	}
}
