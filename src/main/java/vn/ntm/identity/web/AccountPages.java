package vn.ntm.identity.web;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ntm.identity.Directory;
import vn.ntm.identity.internal.ApiTokens;
import vn.ntm.identity.internal.UserAccount;
import vn.ntm.identity.internal.PasswordPolicy;
import vn.ntm.identity.internal.UserAccounts;
import vn.ntm.shared.VietnamTime;

/** The signed-in user's own account: password and API tokens. */
@Controller
@RequestMapping("/account")
class AccountPages {

	static final String PASSWORD_VIEW = "identity/password";
	static final String TOKENS_VIEW = "identity/tokens";

	private final UserAccounts users;
	private final ApiTokens tokens;
	private final PasswordEncoder passwords;
	private final Directory directory;
	private final Clock clock;

	AccountPages(UserAccounts users, ApiTokens tokens, PasswordEncoder passwords, Directory directory, Clock clock) {
		this.users = users;
		this.tokens = tokens;
		this.passwords = passwords;
		this.directory = directory;
		this.clock = clock;
	}

	@org.springframework.web.bind.annotation.ModelAttribute("email")
	String email(Principal principal) {
		return principal == null ? null : directory.email(principal.getName()).orElse("");
	}

	@GetMapping("/password")
	String password() {
		return PASSWORD_VIEW;
	}

	/** The address deadline reminders are sent to; empty clears it. */
	@PostMapping("/email")
	String changeEmail(Principal principal, @RequestParam(defaultValue = "") String email, Model model) {
		try {
			directory.setEmail(principal.getName(), email);
			model.addAttribute("emailSaved", true);
			model.addAttribute("email", email.strip());
		}
		catch (IllegalArgumentException e) {
			model.addAttribute("emailError", "identity.email.error");
			model.addAttribute("email", email);
		}
		return PASSWORD_VIEW;
	}

	@PostMapping("/password")
	String changePassword(Principal principal, @RequestParam String current, @RequestParam String password,
			@RequestParam String confirmation, Model model) {
		UserAccount user = users.find(principal.getName()).orElseThrow();
		String error = null;
		if (!passwords.matches(current, user.passwordHash())) {
			error = "identity.password.error.current";
		}
		else if (PasswordPolicy.check(user.username(), password).isPresent()) {
			error = PasswordPolicy.check(user.username(), password).get().key();
		}
		else if (!password.equals(confirmation)) {
			error = "identity.password.error.confirmation";
		}
		if (error != null) {
			model.addAttribute("error", error);
			return PASSWORD_VIEW;
		}
		users.setPassword(user.username(), passwords.encode(password));
		model.addAttribute("saved", true);
		return PASSWORD_VIEW;
	}

	@GetMapping("/tokens")
	String tokens(Principal principal, Model model) {
		model.addAttribute("tokens", tokens.of(principal.getName()));
		model.addAttribute("now", Instant.now(clock));
		return TOKENS_VIEW;
	}

	@PostMapping("/tokens")
	String createToken(Principal principal, @RequestParam String name,
			@RequestParam(required = false) LocalDate expires, RedirectAttributes redirect) {
		if (name.isBlank() || name.length() > 100) {
			redirect.addFlashAttribute("error", "identity.tokens.error.name");
			return "redirect:/account/tokens";
		}
		var created = tokens.create(principal.getName(), name.trim(),
				expires == null ? null : expires.plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant());
		redirect.addFlashAttribute("secret", created.secret());
		return "redirect:/account/tokens";
	}

	@PostMapping("/tokens/{id}/revoke")
	String revoke(Principal principal, @PathVariable long id, RedirectAttributes redirect) {
		if (tokens.revoke(principal.getName(), id)) {
			redirect.addFlashAttribute("revoked", true);
		}
		else {
			redirect.addFlashAttribute("error", "identity.tokens.error.revoke");
		}
		return "redirect:/account/tokens";
	}
}
