package vn.ntm.identity.internal;

import java.util.Arrays;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ntm.identity.Grant;

/** Accounts and their roles, for system admins. Roles are typed one per line, e.g. {@code DISTRICT_OFFICER:615}. */
@Controller
@RequestMapping("/users")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class UserController {

	static final String VIEW = "identity/users";

	private final UserAccounts users;
	private final PasswordEncoder passwords;

	UserController(UserAccounts users, PasswordEncoder passwords) {
		this.users = users;
		this.passwords = passwords;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("users", users.all());
		return VIEW;
	}

	@PostMapping
	String create(@RequestParam String username, @RequestParam String displayName, @RequestParam String password,
			@RequestParam(defaultValue = "") String roles, RedirectAttributes redirect) {
		try {
			if (!username.matches("[a-z0-9._-]{3,100}") || password.length() < AccountController.MIN_PASSWORD_LENGTH
					|| displayName.isBlank()) {
				throw new IllegalArgumentException();
			}
			users.create(username, displayName.trim(), passwords.encode(password), grants(roles));
			redirect.addFlashAttribute("saved", true);
		}
		catch (IllegalArgumentException | DuplicateKeyException e) {
			redirect.addFlashAttribute("error", "identity.users.error.invalid");
		}
		return "redirect:/users";
	}

	@PostMapping("/{username}")
	String update(@PathVariable String username, @RequestParam String displayName,
			@RequestParam(defaultValue = "false") boolean enabled, @RequestParam(defaultValue = "") String roles,
			@RequestParam long version, RedirectAttributes redirect) {
		try {
			List<Grant> grants = grants(roles);
			users.update(username, displayName.trim(), enabled, version);
			users.setGrants(username, grants);
			redirect.addFlashAttribute("saved", true);
		}
		catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("error", "identity.users.error.invalid");
		}
		catch (OptimisticLockingFailureException e) {
			redirect.addFlashAttribute("error", "identity.users.error.concurrent");
		}
		return "redirect:/users";
	}

	private static List<Grant> grants(String text) {
		return Arrays.stream(text.split("[\\r\\n,;]+")).map(String::trim).filter(s -> !s.isEmpty())
				.map(Grant::parse).toList();
	}
}
