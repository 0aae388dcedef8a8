package vn.ntm.dashboard.web;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.ntm.assessment.StandardAlert;
import vn.ntm.assessment.StandardAlerts;
import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.identity.Access;
import vn.ntm.shared.Period;

/**
 * Keeping the standard (giữ chuẩn): the recognised communes of an area that fell below a criterion, the longest first,
 * where a revocation review starts. Who reads the area reads the page; "my criteria" keeps the criteria the user
 * answers for (a department's own).
 */
@Controller
class StandardPages {

	static final String VIEW = "dashboard/standard";

	private final StandardAlerts alerts;
	private final DashboardScope scope;
	private final DashboardPeriods periods;
	private final Access access;

	StandardPages(StandardAlerts alerts, DashboardScope scope, DashboardPeriods periods, Access access) {
		this.alerts = alerts;
		this.scope = scope;
		this.periods = periods;
		this.access = access;
	}

	@GetMapping("/standard")
	String page(@RequestParam(required = false) String unit, @RequestParam(required = false) String period,
			@RequestParam(defaultValue = "false") boolean mine, Model model) {
		Optional<String> code = unit == null || unit.isBlank() ? scope.home() : Optional.of(unit.strip());
		if (code.isEmpty()) {
			return scope.chooseProvince("/standard", model);
		}
		Period p = periods.chosen(period, code.get());
		AdministrativeUnit area = scope.readable(code.get(), p);
		StandardAlerts.Standing standing = alerts.standing(area.code(), p);
		List<StandardAlert> shown = mine ? standing.alerts().stream().filter(a -> answersFor(a, p)).toList()
				: standing.alerts();
		model.addAttribute("area", area);
		model.addAttribute("period", p);
		model.addAttribute("periods", periods.labels(area.code()));
		model.addAttribute("standing", standing);
		model.addAttribute("alerts", shown);
		model.addAttribute("mine", mine);
		return VIEW;
	}

	/** The user records this criterion's values in that commune: a department for its criteria, a commune for itself. */
	private boolean answersFor(StandardAlert alert, Period period) {
		return scope.unit(alert.unitCode(), period.end())
			.filter(commune -> access.canWriteValue(commune, alert.setCode(), alert.criterion()))
			.isPresent();
	}
}
