package vn.ntm.dashboard.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.ntm.assessment.Assessments;
import vn.ntm.assessment.CommuneRow;
import vn.ntm.assessment.UnitStatus;
import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.criteria.CriteriaSets;
import vn.ntm.criteria.SetLevel;
import vn.ntm.identity.Access;
import vn.ntm.geography.UnitLevel;
import vn.ntm.shared.Period;

/** A commune's page: every criterion and indicator with value, threshold and source; its history and recognitions. */
@Controller
class CommunePages {

	static final String VIEW = "dashboard/unit";
	static final int HISTORY_SHOWN = 60;

	private final Assessments assessments;
	private final UnitStandings standings;
	private final DashboardScope scope;
	private final DashboardPeriods periods;
	private final Access access;
	private final CriteriaSets criteriaSets;

	CommunePages(Assessments assessments, UnitStandings standings, DashboardScope scope,
			DashboardPeriods periods, Access access, CriteriaSets criteriaSets) {
		this.criteriaSets = criteriaSets;
		this.assessments = assessments;
		this.standings = standings;
		this.scope = scope;
		this.periods = periods;
		this.access = access;
	}

	/** The criteria met at one period of the history. */
	record Progress(String period, String statusPeriod, int criteriaMet, int criteriaTotal) {
	}

	@GetMapping("/units/{code}")
	String unit(@PathVariable String code, @RequestParam(required = false) String period,
			@RequestParam(required = false) String set, Model model) {
		Period p = periods.chosen(period, code);
		AdministrativeUnit unit = scope.readable(code, p);
		if (unit.level() == UnitLevel.PROVINCE || unit.level() == UnitLevel.DISTRICT) {
			return "redirect:/overview?unit=" + unit.code() + "&period=" + p;
		}
		UnitStatus status = assessments.status(unit.code(), p, set == null || set.isBlank() ? null : set.strip());
		List<Progress> progress = new ArrayList<>();
		for (Period point : periods.all(unit.code())) {
			List<CommuneRow> rows = assessments.matrix(unit.code(), point);
			rows.stream().findFirst().ifPresent(r -> progress
				.add(new Progress(point.toString(), r.statusPeriod(), r.criteriaMet(), r.criteriaTotal())));
		}
		List<Assessments.ValueChange> history = assessments.history(unit.code(), status.setCode(), null);
		model.addAttribute("unit", unit);
		model.addAttribute("sets", criteriaSets.inForce(SetLevel.COMMUNE, p.end(), unit.provinceCode()));
		// leaders and sponsors read only: no button leading to a form they cannot save
		model.addAttribute("canEnterValues", status.criteria().stream()
			.anyMatch(c -> access.canWriteValue(unit, status.setCode(), c.number())));
		model.addAttribute("district", scope.unit(unit.parentCode(), p.end()).orElse(null));
		model.addAttribute("communeGroup", scope.communeGroup(unit.code(), p.end()).orElse(null));
		model.addAttribute("period", p);
		model.addAttribute("periods", periods.labels(unit.code()));
		model.addAttribute("status", status);
		model.addAttribute("progress", progress);
		model.addAttribute("history", history.subList(0, Math.min(HISTORY_SHOWN, history.size())));
		model.addAttribute("historyTotal", history.size());
		List<vn.ntm.recognition.Recognition> decisions = standings.decisions(unit.code());
		model.addAttribute("recognitions", decisions);
		// the decision behind "recognised", to set beside the level the data reach
		model.addAttribute("recognisedBy", decisions.stream()
			.filter(r -> r.tier() == status.recognisedTier() && r.heldOn(p.end()))
			.max(java.util.Comparator.comparing(vn.ntm.recognition.Recognition::decisionDate)).orElse(null));
		model.addAttribute("lineage", standings.lineage(unit));
		model.addAttribute("usesDemoThreshold", status.criteria().stream()
			.flatMap(c -> c.indicators().stream()).anyMatch(UnitStatus.IndicatorLine::thresholdDemo));
		return VIEW;
	}
}
