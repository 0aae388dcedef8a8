package vn.ntm.planning.web;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import vn.ntm.identity.Access;
import vn.ntm.planning.Directives;
import vn.ntm.planning.Plan;

/**
 * Reading a directive on the plan it feeds (read access to the unit): the text pasted or a .docx or text file
 * uploaded, and the preview of its frame, targets per tier and tasks. Nothing is stored; the confirmed units of a
 * tier are added to the plan through the match page's form ({@code Access.canManage} of the province).
 */
@Controller
class DirectivePages {

	static final String DIRECTIVE = "planning/directive";

	private final Directives directives;
	private final DirectiveFiles files;
	private final PlanScope scope;
	private final Access access;

	DirectivePages(Directives directives, DirectiveFiles files, PlanScope scope, Access access) {
		this.directives = directives;
		this.files = files;
		this.scope = scope;
		this.access = access;
	}

	private String page(Plan plan, String text, Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("text", text);
		model.addAttribute("canManage", access.canManage(plan.provinceCode()));
		return DIRECTIVE;
	}

	@GetMapping("/planning/plans/{unitCode}/{year}/directive")
	String form(@PathVariable String unitCode, @PathVariable int year, Model model) {
		return page(scope.plan(unitCode, year), "", model);
	}

	@PostMapping("/planning/plans/{unitCode}/{year}/directive")
	String read(@PathVariable String unitCode, @PathVariable int year,
			@RequestParam(required = false) String text, @RequestParam(required = false) MultipartFile file,
			Model model, HttpServletResponse response) {
		Plan plan = scope.plan(unitCode, year);
		String read = text == null ? "" : text;
		if (file != null && !file.isEmpty()) {
			try {
				read = files.text(file);
			}
			catch (ResponseStatusException e) {
				response.setStatus(e.getStatusCode().value());
				model.addAttribute("problem", e.getReason());
				return page(plan, read, model);
			}
		}
		if (!read.isBlank()) {
			model.addAttribute("reading", directives.read(read, LocalDate.of(year, 12, 31), plan.provinceCode()));
		}
		return page(plan, read, model);
	}
}
