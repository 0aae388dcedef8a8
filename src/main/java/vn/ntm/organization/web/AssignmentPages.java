package vn.ntm.organization.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ntm.organization.AssignmentStatus;
import vn.ntm.organization.CriterionAssignment;
import vn.ntm.organization.Organization;
import vn.ntm.organization.OrganizationChangedConcurrently;
import vn.ntm.organization.SupportAssignment;
import vn.ntm.organization.SupportRole;
import vn.ntm.organization.internal.JdbcOrganizations;
import vn.ntm.organization.internal.OrganizationProperties;
import vn.ntm.organization.internal.ProvinceGuard;

/** Which department answers for which criterion, and who supports which unit in a year. */
@Controller
@RequestMapping("/organizations/assignments")
class AssignmentPages {

	static final String VIEW = "organization/assignments";

	private final JdbcOrganizations organizations;
	private final ProvinceGuard guard;
	private final OrganizationProperties properties;
	private final Clock clock;

	AssignmentPages(JdbcOrganizations organizations, ProvinceGuard guard, OrganizationProperties properties,
			Clock clock) {
		this.organizations = organizations;
		this.guard = guard;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping
	String show(@RequestParam(required = false) String province, @RequestParam(required = false) String set,
			@RequestParam(required = false) Integer year, Model model) {
		String p = DefaultProvince.of(province, organizations.provinces(), properties, guard);
		if (p != null) {
			guard.requireReader(p);
		}
		String s = set == null ? properties.defaultSet() : set;
		int y = year == null ? LocalDate.now(clock).getYear() : year;
		List<Organization> all = organizations.all(p);
		Map<Long, Organization> byId = all.stream().collect(Collectors.toMap(Organization::id, Function.identity()));
		model.addAttribute("province", p);
		model.addAttribute("set", s);
		model.addAttribute("year", y);
		model.addAttribute("organizations", all);
		model.addAttribute("byId", byId);
		model.addAttribute("criteria", organizations.criterionAssignments(p, s));
		model.addAttribute("supports", organizations.supportAssignments(p, y));
		model.addAttribute("statuses", AssignmentStatus.values());
		model.addAttribute("roles", SupportRole.values());
		return VIEW;
	}

	@PostMapping("/criteria/{id}")
	String updateCriterion(@PathVariable long id, @RequestParam String province, @RequestParam String set,
			@RequestParam long lead, @RequestParam(required = false) List<Long> supporting,
			@RequestParam(required = false) String indicator, @RequestParam AssignmentStatus status,
			@RequestParam long version, RedirectAttributes redirect) {
		CriterionAssignment stored = organizations.criterionAssignments(province, set).stream()
				.filter(a -> a.id() == id).findFirst()
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		guard.requireManager(stored.provinceCode());
		requireInProvince(lead, stored.provinceCode());
		var supportingIds = new LinkedHashSet<Long>(supporting == null ? List.of() : supporting);
		supportingIds.forEach(o -> requireInProvince(o, stored.provinceCode()));
		supportingIds.remove(lead);
		try {
			organizations.updateCriterionAssignment(new CriterionAssignment(id, stored.provinceCode(), set,
					stored.criterionNumber(), indicator == null || indicator.isBlank() ? null : indicator.trim(), lead,
					supportingIds, status, version));
			redirect.addFlashAttribute("saved", true);
		}
		catch (OrganizationChangedConcurrently e) {
			redirect.addFlashAttribute("error", "organization.error.concurrent");
		}
		return "redirect:/organizations/assignments?province=" + stored.provinceCode() + "&set=" + set;
	}

	@PostMapping("/support")
	String addSupport(@RequestParam long organization, @RequestParam String unit, @RequestParam int year,
			@RequestParam SupportRole role, RedirectAttributes redirect) {
		Organization o = organizations.find(organization)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
		guard.requireManager(o.provinceCode());
		if (!unit.trim().matches("\\d{2,6}")) {
			redirect.addFlashAttribute("error", "organization.error.unit");
		}
		else {
			try {
				organizations.addSupportAssignment(new SupportAssignment(0, organization, unit.trim(), year, role));
				redirect.addFlashAttribute("saved", true);
			}
			catch (DuplicateKeyException e) {
				redirect.addFlashAttribute("error", "organization.error.duplicate");
			}
		}
		return "redirect:/organizations/assignments?province=" + o.provinceCode() + "&year=" + year;
	}

	@PostMapping("/support/{id}/delete")
	String removeSupport(@PathVariable long id, RedirectAttributes redirect) {
		String province = organizations.provinceOfSupportAssignment(id)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		guard.requireManager(province);
		organizations.removeSupportAssignment(id);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/organizations/assignments?province=" + province;
	}

	private void requireInProvince(long organizationId, String provinceCode) {
		organizations.find(organizationId).filter(o -> o.provinceCode().equals(provinceCode))
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
	}
}
