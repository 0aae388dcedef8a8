package vn.ntm.dashboard.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Sends a signed-in user to the overview of the widest area they may read (a reader of several provinces without a
 * configured one: to the overview, which asks for a province), or to their roles page ({@code /home}).
 */
@Controller
class HomePages {

	private final DashboardScope scope;

	HomePages(DashboardScope scope) {
		this.scope = scope;
	}

	@GetMapping("/")
	String start() {
		return scope.home().map(code -> "redirect:/overview?unit=" + code)
			.orElse(scope.readsAnything() ? "redirect:/overview" : "redirect:/home");
	}
}
