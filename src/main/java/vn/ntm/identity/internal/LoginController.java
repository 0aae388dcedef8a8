package vn.ntm.identity.internal;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	static final String LOGIN_VIEW = "identity/login";
	static final String HOME_VIEW = "identity/home";

	private final UserAccounts users;

	LoginController(UserAccounts users) {
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
