package vn.ntm.identity.web;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.ntm.identity.internal.UserAccounts;

/** The sign-in page and the signed-in user's home with its roles. */
@Controller
class LoginPages {

	static final String LOGIN_VIEW = "identity/login";
	static final String HOME_VIEW = "identity/home";

	private final UserAccounts users;

	LoginPages(UserAccounts users) {
		this.users = users;
	}

	@GetMapping("/login")
	String login(Principal principal) {
		return principal == null ? LOGIN_VIEW : "redirect:/";
	}

	@GetMapping("/home")
	String home(Principal principal, Model model) {
		model.addAttribute("grants", users.grantsOf(principal.getName()));
		return HOME_VIEW;
	}
}
