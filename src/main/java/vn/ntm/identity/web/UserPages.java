package vn.ntm.identity.web;

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
import vn.ntm.identity.internal.CreateUser;
import vn.ntm.identity.internal.RoleScopes;
import vn.ntm.identity.internal.UpdateUser;
import vn.ntm.identity.internal.UserAccount;
import vn.ntm.identity.internal.UserReach;
import vn.ntm.identity.internal.UserRejected;

/**
 * Accounts and their roles: system admins manage everyone, a coordination office the users of its province (see
 * {@link UserReach}). Roles are picked from the province's units and organizations, never typed.
 */
@Controller
@RequestMapping("/users")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'COORDINATION_OFFICE')")
class UserPages {

	static final String LIST_VIEW = "identity/users";
	static final String FORM_VIEW = "identity/user";

	private final UserReach reach;
	private final CreateUser createUser;
	private final UpdateUser updateUser;
	private final RoleScopes scopes;
	private final MessageSource messages;

	UserPages(UserReach reach, CreateUser createUser, UpdateUser updateUser, RoleScopes scopes,
			MessageSource messages) {
		this.reach = reach;
		this.createUser = createUser;
		this.updateUser = updateUser;
		this.scopes = scopes;
		this.messages = messages;
	}

	/** The problems in the reader's language; a role named in a problem is shown by its name, not its key. */
	private List<String> texts(List<UserRejected.Problem> problems) {
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
		model.addAttribute("users", reach.manageable().stream()
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
			createUser.create(username, displayName, password, grants);
		}
		catch (UserRejected e) {
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
		return form(reach.manageable(username), province, model);
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
		UserAccount user = reach.manageable(username);
		List<Grant> grants = new ArrayList<>();
		try {
			for (String kept : keep) {
				user.grants().stream().filter(g -> g.toString().equals(kept)).findFirst().ifPresent(grants::add);
			}
			addPicked(grants, role, scope);
			updateUser.update(username, displayName, enabled, password, grants, version);
		}
		catch (UserRejected e) {
			model.addAttribute("problems", texts(e.problems()));
			model.addAttribute("pickedRole", role);
			model.addAttribute("pickedScope", scope);
			return form(user, province, model);
		}
		catch (OptimisticLockingFailureException e) {
			model.addAttribute("problems",
					texts(List.of(new UserRejected.Problem("identity.users.error.concurrent"))));
			return form(reach.manageable(username), province, model);
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
			throw new UserRejected(List.of(new UserRejected.Problem(
					"identity.users.error.role")));
		}
		if (picked != Role.SYSTEM_ADMIN && scope.isBlank()) {
			throw new UserRejected(List.of(new UserRejected.Problem(
					"identity.users.error.scope-missing", UserRejected.roleKey(picked))));
		}
		Grant grant = new Grant(picked, picked == Role.SYSTEM_ADMIN ? "" : scope);
		if (!grants.contains(grant)) {
			grants.add(grant);
		}
	}

	private String form(UserAccount user, String province, Model model) {
		List<AdministrativeUnit> choices = scopes.provincesInReach();
		String chosen = province != null && choices.stream().anyMatch(p -> p.code().equals(province)) ? province
				: choices.isEmpty() ? null : choices.get(0).code();
		if (province == null && user != null) {
			// open an existing user's page on the province of its roles
			chosen = user.grants().stream().flatMap(g -> scopes.provincesOf(g).stream())
				.filter(p -> choices.stream().anyMatch(c -> c.code().equals(p))).findFirst().orElse(chosen);
		}
		model.addAttribute("account", user);
		model.addAttribute("grants", user == null ? List.of() : lines(user.grants()));
		model.addAttribute("provinces", choices);
		model.addAttribute("province", chosen);
		model.addAttribute("scopes", scopes.scopes(chosen));
		model.addAttribute("roles", reach.grantableRoles());
		return FORM_VIEW;
	}

	private List<GrantLine> lines(List<Grant> grants) {
		return grants.stream().map(g -> new GrantLine(g, scopes.describe(g), g.toString())).toList();
	}
}
