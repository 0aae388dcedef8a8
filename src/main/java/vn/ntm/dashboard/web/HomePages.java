package vn.ntm.dashboard.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import vn.ntm.geography.Installation;
import vn.ntm.identity.Access;

/**
 * Sends a signed-in user to the overview of the widest area they may read (a reader of several provinces without a
 * configured one: to the overview, which asks for a province), or to their roles page ({@code /home}); a system admin of
 * an install that serves no province yet, to the first-run page.
 */
@Controller
class HomePages {

	private final DashboardScope scope;
	private final Installation installation;
	private final Access access;

	HomePages(DashboardScope scope, Installation installation, Access access) {
		this.scope = scope;
		this.installation = installation;
		this.access = access;
	}

	@GetMapping("/")
	String start() {
		if (access.managesEverything() && installation.servedProvinces().isEmpty()) {
			return "redirect:/setup";
		}
		return scope.home().map(code -> "redirect:/overview?unit=" + code)
			.orElse(scope.readsAnything() ? "redirect:/overview" : "redirect:/home");
	}
}
