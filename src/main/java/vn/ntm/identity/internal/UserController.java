package vn.ntm.identity.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.identity.Grant;
import vn.ntm.identity.Role;

/**
 * Accounts and their roles: system admins manage everyone, a coordination office the users of its province (see
 * {@link UserAdministration}). Roles are picked from the province's units and organizations, never typed.
 */
@Controller
@RequestMapping("/users")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'COORDINATION_OFFICE')")
class UserController {

	static final String LIST_VIEW = "identity/users";
	static final String FORM_VIEW = "identity/user";

	private final UserAdministration administration;
	private final MessageSource messages;

	UserController(UserAdministration administration, MessageSource messages) {
		this.administration = administration;
		this.messages = messages;
	}

	/** The problems in the reader's language; a role named in a problem is shown by its name, not its key. */
	private List<String> texts(List<UserAdministration.Problem> problems) {
		Locale locale = LocaleContextHolder.getLocale();
		return problems.stream().map(p -> messages.getMessage(p.key(), Arrays.stream(p.arguments())
			.map(a -> a instanceof String s && s.startsWith("identity.role.") ? messages.getMessage(s, null, locale) : a)
			.toArray(), locale)).toList();
	}

	record UserLine(UserAccount user, List<GrantLine> grants) {
	}

	/** @param value the grant as the form sends it back, {@code ROLE:scope} */
	record GrantLine(Grant grant, String scopeName, String value) {
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("users", administration.manageable().stream()
			.map(u -> new UserLine(u, lines(u.grants()))).toList());
		return LIST_VIEW;
	}

	@GetMapping("/new")
	String newUser(@RequestParam(required = false) String province, Model model) {
		return form(null, province, model);
	}

	@PostMapping
	String create(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String displayName,
			@RequestParam(defaultValue = "") String password, @RequestParam(required = false) String province,
			@RequestParam(defaultValue = "") String role, @RequestParam(defaultValue = "") String scope, Model model,
			RedirectAttributes redirect) {
		List<Grant> grants = new ArrayList<>();
		try {
			addPicked(grants, role, scope);
			administration.create(username, displayName, password, grants);
		}
		catch (UserAdministration.UserRejected e) {
			model.addAttribute("problems", texts(e.problems()));
			model.addAttribute("username", username);
			model.addAttribute("displayName", displayName);
			model.addAttribute("pickedRole", role);
			model.addAttribute("pickedScope", scope);
			return form(null, province, model);
		}
		redirect.addFlashAttribute("saved", username.strip());
		return "redirect:/users";
	}

	@GetMapping("/{username}")
	String edit(@PathVariable String username, @RequestParam(required = false) String province, Model model) {
		return form(administration.manageable(username), province, model);
	}

	/**
	 * @param keep the held grants left ticked, as {@code ROLE:scope}
	 * @param role a role to add, with its {@code scope}; blank adds nothing
	 */
	@PostMapping("/{username}")
	String update(@PathVariable String username, @RequestParam(defaultValue = "") String displayName,
			@RequestParam(defaultValue = "false") boolean enabled, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") List<String> keep, @RequestParam(defaultValue = "") String role,
			@RequestParam(defaultValue = "") String scope, @RequestParam(required = false) String province,
			@RequestParam long version, Model model, RedirectAttributes redirect) {
		UserAccount user = administration.manageable(username);
		List<Grant> grants = new ArrayList<>();
		try {
			for (String kept : keep) {
				user.grants().stream().filter(g -> g.toString().equals(kept)).findFirst().ifPresent(grants::add);
			}
			addPicked(grants, role, scope);
			administration.update(username, displayName, enabled, password, grants, version);
		}
		catch (UserAdministration.UserRejected e) {
			model.addAttribute("problems", texts(e.problems()));
			model.addAttribute("pickedRole", role);
			model.addAttribute("pickedScope", scope);
			return form(user, province, model);
		}
		catch (OptimisticLockingFailureException e) {
			model.addAttribute("problems",
					texts(List.of(new UserAdministration.Problem("identity.users.error.concurrent"))));
			return form(administration.manageable(username), province, model);
		}
		redirect.addFlashAttribute("saved", username);
		return "redirect:/users";
	}

	private static void addPicked(List<Grant> grants, String role, String scope) {
		if (role.isBlank()) {
			return;
		}
		Role picked;
		try {
			picked = Role.valueOf(role.strip());
		}
		catch (IllegalArgumentException e) {
			throw new UserAdministration.UserRejected(List.of(new UserAdministration.Problem(
					"identity.users.error.role")));
		}
		if (picked != Role.SYSTEM_ADMIN && scope.isBlank()) {
			throw new UserAdministration.UserRejected(List.of(new UserAdministration.Problem(
					"identity.users.error.scope-missing", UserAdministration.roleKey(picked))));
		}
		Grant grant = new Grant(picked, picked == Role.SYSTEM_ADMIN ? "" : scope);
		if (!grants.contains(grant)) {
			grants.add(grant);
		}
	}

	private String form(UserAccount user, String province, Model model) {
		List<AdministrativeUnit> choices = administration.provincesInReach();
		String chosen = province != null && choices.stream().anyMatch(p -> p.code().equals(province)) ? province
				: choices.isEmpty() ? null : choices.get(0).code();
		if (province == null && user != null) {
			// open an existing user's page on the province of its roles
			chosen = user.grants().stream().flatMap(g -> administration.provincesOf(g).stream())
				.filter(p -> choices.stream().anyMatch(c -> c.code().equals(p))).findFirst().orElse(chosen);
		}
		model.addAttribute("account", user);
		model.addAttribute("grants", user == null ? List.of() : lines(user.grants()));
		model.addAttribute("provinces", choices);
		model.addAttribute("province", chosen);
		model.addAttribute("scopes", administration.scopes(chosen));
		model.addAttribute("roles", administration.reach().everything() ? List.of(Role.values())
				: Arrays.stream(Role.values()).filter(r -> r != Role.SYSTEM_ADMIN).toList());
		return FORM_VIEW;
	}

	private List<GrantLine> lines(List<Grant> grants) {
		return grants.stream().map(g -> new GrantLine(g, administration.describe(g), g.toString())).toList();
	}
}
