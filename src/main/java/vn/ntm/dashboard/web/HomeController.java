package vn.ntm.dashboard.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Sends a signed-in user to the overview of the widest area they may read, or to their roles page ({@code /home}). */
@Controller
class HomeController {

	private final Scope scope;

	HomeController(Scope scope) {
		this.scope = scope;
	}

	@GetMapping("/")
	String start() {
		return scope.home().map(code -> "redirect:/overview?unit=" + code).orElse("redirect:/home");
	}
}
