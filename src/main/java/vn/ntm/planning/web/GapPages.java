package vn.ntm.planning.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.planning.GapAnalysis;
import vn.ntm.planning.Plans;
import vn.ntm.shared.Period;

/** A unit's gaps against its target tier, and their export; needs read access to the unit. */
@Controller
class GapPages {

	static final String GAPS = "planning/gaps";

	private final Plans plans;
	private final PlanScope scope;
	private final FieldMessages messages;

	GapPages(Plans plans, PlanScope scope, FieldMessages messages) {
		this.plans = plans;
		this.scope = scope;
		this.messages = messages;
	}

	/** The period asked for, else December of last year. */
	private Period period(String period) {
		return period == null || period.isBlank() ? scope.followed(scope.thisYear() - 1)
				: PlanScope.period(period, scope.thisYear());
	}

	private static String set(String set) {
		return set == null || set.isBlank() ? null : set;
	}

	@GetMapping("/planning/gaps/{unitCode}")
	String gaps(@PathVariable String unitCode, @RequestParam(required = false) String period,
			@RequestParam(required = false) String set, Model model) {
		Period p = period(period);
		AdministrativeUnit unit = scope.readable(unitCode, p.end());
		model.addAttribute("unit", unit);
		model.addAttribute("report", plans.gaps(unitCode, p, set(set)));
		model.addAttribute("period", p);
		return GAPS;
	}

	@GetMapping("/planning/gaps/{unitCode}/export.xlsx")
	ResponseEntity<byte[]> gapsExcel(@PathVariable String unitCode, @RequestParam(required = false) String period,
			@RequestParam(required = false) String set) {
		Period p = period(period);
		scope.readable(unitCode, p.end());
		GapAnalysis.Report report = plans.gaps(unitCode, p, set(set));
		List<List<Object>> rows = new ArrayList<>();
		for (GapAnalysis.Gap g : report.gaps()) {
			rows.add(List.of(g.criterion() + ". " + PlanPages.nz(g.criterionName(), ""),
					g.indicatorCode() + " " + PlanPages.nz(g.indicatorName(), ""), PlanPages.nz(g.unit(), ""),
					PlanPages.nz(g.value(), ""), PlanPages.nz(g.threshold(), ""), messages.text(g.distanceText()), g.status().name(),
					g.lead() == null ? messages.text("planning.export.unassigned") : g.lead().name()));
		}
		String title = messages.text("planning.export.gaps.title", report.unitName());
		return Workbooks.download("khoang-cach-" + unitCode + "-" + p + ".xlsx",
				Workbooks.table(messages, title, "planning.export.gaps.criterion", "planning.export.gaps.indicator",
						"planning.export.gaps.unit", "planning.export.gaps.value", "planning.export.gaps.threshold",
						"planning.export.gaps.distance", "planning.export.gaps.status", "planning.export.gaps.lead"),
				rows);
	}
}
