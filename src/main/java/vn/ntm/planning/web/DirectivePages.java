package vn.ntm.planning.web;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import vn.ntm.identity.Access;
import vn.ntm.organization.Organizations;
import vn.ntm.planning.DirectiveReading;
import vn.ntm.planning.DirectiveRefused;
import vn.ntm.planning.Directives;
import vn.ntm.planning.Plan;

/**
 * Reading a directive on the plan it feeds (read access to the unit): the text pasted or a .docx or text file
 * uploaded, and the preview of its frame, targets per tier and tasks. Nothing is stored until the coordination
 * office ({@code Access.canManage} of the province) confirms the corrected preview: the kept units become targets of
 * the plan and the kept tasks are assigned, all at once; a refusal shows each row at fault with the preview again.
 */
@Controller
class DirectivePages {

	static final String DIRECTIVE = "planning/directive";

	private final Directives directives;
	private final DirectiveFiles files;
	private final PlanScope scope;
	private final Access access;
	private final Organizations organizations;
	private final FieldMessages messages;

	DirectivePages(Directives directives, DirectiveFiles files, PlanScope scope, Access access,
			Organizations organizations, FieldMessages messages) {
		this.directives = directives;
		this.files = files;
		this.scope = scope;
		this.access = access;
		this.organizations = organizations;
		this.messages = messages;
	}

	private String page(Plan plan, String text, Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("recurrences", vn.ntm.tasks.Recurrence.values());
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
			preview(plan, read, model);
		}
		return page(plan, read, model);
	}

	private void preview(Plan plan, String text, Model model) {
		DirectiveReading reading = directives.read(text, LocalDate.of(plan.year(), 12, 31), plan.provinceCode());
		model.addAttribute("reading", reading);
		LocalDate on = reading.date() == null ? LocalDate.of(plan.year(), 12, 31) : reading.date();
		model.addAttribute("organizations", organizations.all(plan.provinceCode(), on));
	}

	@PostMapping("/planning/plans/{unitCode}/{year}/directive/confirm")
	String confirm(@PathVariable String unitCode, @PathVariable int year,
			@RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response) {
		Plan plan = scope.plan(unitCode, year);
		String text = form.getFirst("text") == null ? "" : form.getFirst("text");
		try {
			model.addAttribute("confirmed", directives.confirm(DirectiveForm.read(plan, form)));
			return page(scope.plan(unitCode, year), "", model);
		}
		catch (DirectiveRefused e) {
			response.setStatus(422);
			model.addAttribute("refusal", messages.word(e));
		}
		catch (OptimisticLockingFailureException e) {
			response.setStatus(409);
			model.addAttribute("problem", messages.text("planning.problem.plan-conflict"));
		}
		if (!text.isBlank()) {
			preview(plan, text, model);
		}
		return page(plan, text, model);
	}
}
