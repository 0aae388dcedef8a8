package vn.ntm.geography.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ntm.geography.Installation;
import vn.ntm.geography.InstallationRefused;
import vn.ntm.shared.platform.Messages;

/**
 * The first-run page: a system admin chooses the province (or provinces, for a national view) this install serves;
 * their units load at once. Later visits add provinces; none is removed (their data refers to the units).
 */
@Controller
class SetupPages {

	static final String VIEW = "geography/setup";

	private final Installation installation;
	private final Messages messages;

	SetupPages(Installation installation, Messages messages) {
		this.installation = installation;
		this.messages = messages;
	}

	@GetMapping("/setup")
	@PreAuthorize("@access.managesEverything()")
	String page(Model model) {
		model.addAttribute("provinces", installation.provinces());
		model.addAttribute("served", installation.servedProvinces());
		return VIEW;
	}

	@PostMapping("/setup")
	@PreAuthorize("@access.managesEverything()")
	String serve(@RequestParam(name = "province", required = false) List<String> provinces, Model model,
			RedirectAttributes redirect) {
		try {
			installation.serve(provinces == null ? List.of() : provinces);
		}
		catch (InstallationRefused e) {
			model.addAttribute("problems", e.problems().stream().map(messages::get).toList());
			return page(model);
		}
		redirect.addFlashAttribute("done", provinces.size());
		return "redirect:/setup";
	}
}
