package vn.ntm.planning.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.UnitLevel;
import vn.ntm.identity.Access;
import vn.ntm.planning.Plan;
import vn.ntm.planning.PlanTier;
import vn.ntm.planning.Plans;
import vn.ntm.planning.Target;
import vn.ntm.planning.UnitNameMatch;

/**
 * Matching the unit names pasted from a directive (read access to the unit), and adding the confirmed ones as named
 * targets ({@code Access.canManage} of the province).
 */
@Controller
class MatchPages {

	static final String MATCH = "planning/match";

	private final Plans plans;
	private final PlanScope scope;
	private final Access access;

	MatchPages(Plans plans, PlanScope scope, Access access) {
		this.plans = plans;
		this.scope = scope;
		this.access = access;
	}

	private String page(Plan plan, List<UnitNameMatch> matches, String text, Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("tiers", PlanTier.values());
		model.addAttribute("matches", matches);
		model.addAttribute("text", text);
		return MATCH;
	}

	@GetMapping("/planning/plans/{unitCode}/{year}/match")
	String matchForm(@PathVariable String unitCode, @PathVariable int year, Model model) {
		return page(scope.plan(unitCode, year), List.of(), "", model);
	}

	@PostMapping("/planning/plans/{unitCode}/{year}/match")
	String match(@PathVariable String unitCode, @PathVariable int year, @RequestParam String text, Model model) {
		Plan plan = scope.plan(unitCode, year);
		return page(plan, plans.match(text, LocalDate.of(year, 12, 31), plan.provinceCode()), text, model);
	}

	/** Adds the confirmed units as named targets; each {@code unit} value is "code|source name". */
	@PostMapping("/planning/plans/{unitCode}/{year}/targets")
	String addTargets(@PathVariable String unitCode, @PathVariable int year, @RequestParam PlanTier tier,
			@RequestParam(name = "unit", required = false) List<String> units, @RequestParam long version) {
		Plan plan = scope.plan(unitCode, year);
		if (!access.canManage(plan.provinceCode())) {
			throw new AccessDeniedException("only the coordination office changes plans");
		}
		List<Target> targets = new ArrayList<>();
		for (String u : units == null ? List.<String>of() : units) {
			if (u.isBlank()) continue;
			String[] parts = u.split("\\|", 2);
			AdministrativeUnit au = scope.readable(parts[0], LocalDate.of(year, 12, 31));
			String district = au.level() == UnitLevel.COMMUNE ? au.parentCode() : au.code();
			targets.add(new Target.Named(0, tier, au.code(), au.name(), parts.length > 1 ? parts[1] : au.name(),
					district, null, null));
		}
		if (!targets.isEmpty()) {
			plans.addTargets(plan.id(), targets, version);
		}
		return "redirect:/planning/plans/" + unitCode + "/" + year;
	}
}
