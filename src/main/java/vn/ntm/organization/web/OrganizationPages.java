package vn.ntm.organization.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import vn.ntm.organization.Organization;
import vn.ntm.organization.OrganizationChangedConcurrently;
import vn.ntm.organization.OrganizationKind;
import vn.ntm.organization.Succession;
import vn.ntm.organization.internal.JdbcOrganizations;
import vn.ntm.organization.internal.OrganizationProperties;
import vn.ntm.organization.internal.ProvinceGuard;
import vn.ntm.shared.platform.Messages;

/** The province's organizations: departments, the coordination office, People's Committees and sponsors. */
@Controller
@RequestMapping("/organizations")
class OrganizationPages {

	static final String LIST_VIEW = "organization/list";
	static final String FORM_VIEW = "organization/form";

	private final JdbcOrganizations organizations;
	private final ProvinceGuard guard;
	private final OrganizationProperties properties;
	private final Messages messages;

	OrganizationPages(JdbcOrganizations organizations, ProvinceGuard guard, OrganizationProperties properties,
			Messages messages) {
		this.organizations = organizations;
		this.guard = guard;
		this.properties = properties;
		this.messages = messages;
	}

	record OrganizationForm(Long id, String provinceCode, OrganizationKind kind, String name, String shortCode,
			String unitCode, Boolean toConfirm, Long version) {

		static OrganizationForm of(Organization o) {
			return new OrganizationForm(o.id(), o.provinceCode(), o.kind(), o.name(), o.shortCode(), o.unitCode(),
					o.toConfirm(), o.version());
		}

		Organization organization() {
			return new Organization(id == null ? 0 : id, provinceCode, kind, name.trim(), shortCode.trim(),
					unitCode == null || unitCode.isBlank() ? null : unitCode.trim(), Boolean.TRUE.equals(toConfirm), false,
					version == null ? -1 : version);
		}

		boolean valid() {
			return kind != null && name != null && !name.isBlank() && shortCode != null
					&& shortCode.matches("[a-z0-9-]{2,40}");
		}
	}

	/** An organization as the list shows it: who took over from it and from whom it took over. */
	record Line(Organization organization, String successors, LocalDate mergedOn, String predecessors,
			LocalDate formedOn) {
	}

	@GetMapping
	String list(@RequestParam(required = false) String province,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			Model model) {
		String p = DefaultProvince.of(province, organizations.provinces(), properties, guard);
		if (p != null) {
			guard.requireReader(p);
		}
		model.addAttribute("province", p);
		model.addAttribute("provinces", organizations.provinces());
		model.addAttribute("asOf", asOf);
		List<Organization> shown = p == null ? List.of() : asOf == null ? organizations.all(p) : organizations.all(p, asOf);
		model.addAttribute("organizations", shown);
		model.addAttribute("lines", shown.stream().map(this::line).toList());
		return LIST_VIEW;
	}

	private Line line(Organization o) {
		List<Succession> next = organizations.successors(o.id());
		List<Succession> before = organizations.predecessors(o.id());
		return new Line(o, names(o, next.stream().map(Succession::successorId).toList()),
				next.isEmpty() ? null : next.getFirst().effectiveOn(),
				names(o, before.stream().map(Succession::predecessorId).toList()),
				before.isEmpty() ? null : before.getFirst().effectiveOn());
	}

	/** Names of the organizations, with their province when it is not {@code o}'s; null when there are none. */
	private String names(Organization o, List<Long> ids) {
		if (ids.isEmpty()) {
			return null;
		}
		return ids.stream().flatMap(id -> organizations.find(id).stream())
			.map(x -> x.provinceCode().equals(o.provinceCode()) ? x.name()
					: messages.get("organization.in-province", x.name(), x.provinceCode()))
			.collect(java.util.stream.Collectors.joining(", "));
	}

	@GetMapping("/new")
	String create(@RequestParam(required = false) String province, Model model) {
		String p = DefaultProvince.of(province, organizations.provinces(), properties, guard);
		guard.requireManager(p);
		return form(new OrganizationForm(null, p, OrganizationKind.DEPARTMENT, "", "", null, false, 0L), null, model);
	}

	@PostMapping
	String created(@ModelAttribute OrganizationForm form, Model model) {
		guard.requireManager(form.provinceCode());
		if (!form.valid()) {
			return form(form, "organization.error.invalid", model);
		}
		try {
			organizations.create(form.organization());
		}
		catch (DuplicateKeyException e) {
			return form(form, "organization.error.duplicate", model);
		}
		return "redirect:/organizations?province=" + form.provinceCode();
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Organization o = organizations.find(id).orElseThrow(() -> new ResponseStatusException(
				org.springframework.http.HttpStatus.NOT_FOUND));
		guard.requireManager(o.provinceCode());
		return form(OrganizationForm.of(o), null, model);
	}

	@PostMapping("/{id}")
	String updated(@PathVariable long id, @ModelAttribute OrganizationForm form, Model model) {
		Organization stored = organizations.find(id).orElseThrow(() -> new ResponseStatusException(
				org.springframework.http.HttpStatus.NOT_FOUND));
		// the province is taken from the stored row, never from the form, so a changed field cannot widen access
		guard.requireManager(stored.provinceCode());
		OrganizationForm checked = new OrganizationForm(id, stored.provinceCode(), form.kind(), form.name(),
				form.shortCode(), form.unitCode(), form.toConfirm(), form.version());
		if (!checked.valid()) {
			return form(checked, "organization.error.invalid", model);
		}
		try {
			organizations.update(checked.organization());
		}
		catch (OrganizationChangedConcurrently e) {
			model.addAttribute("current", organizations.find(id).orElse(null));
			return form(checked, "organization.error.concurrent", model);
		}
		catch (DuplicateKeyException e) {
			return form(checked, "organization.error.duplicate", model);
		}
		return "redirect:/organizations?province=" + stored.provinceCode();
	}

	private String form(OrganizationForm form, String error, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("kinds", OrganizationKind.values());
		model.addAttribute("error", error);
		return FORM_VIEW;
	}
}
