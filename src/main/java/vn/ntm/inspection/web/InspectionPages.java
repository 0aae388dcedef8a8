package vn.ntm.inspection.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import vn.ntm.identity.Access;
import vn.ntm.inspection.InspectionPlan;
import vn.ntm.inspection.InspectionRejected;
import vn.ntm.inspection.Inspections;
import vn.ntm.inspection.Visit;
import vn.ntm.inspection.VisitKind;
import vn.ntm.organization.Organization;
import vn.ntm.organization.Organizations;
import vn.ntm.shared.platform.Messages;
import vn.ntm.tasks.TaskRejected;
import vn.ntm.tasks.Tasks;

/** The inspection pages: the year's plans and the leader's view, a plan's visits, a visit's findings. */
@Controller
class InspectionPages {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu");

	private final Inspections inspections;
	private final Organizations organizations;
	private final Access access;
	private final Messages messages;
	private final Tasks tasks;
	private final Clock clock;

	InspectionPages(Inspections inspections, Organizations organizations, Access access, Messages messages,
			Tasks tasks, Clock clock) {
		this.inspections = inspections;
		this.tasks = tasks;
		this.organizations = organizations;
		this.access = access;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/inspections")
	String year(@RequestParam(required = false) String province, @RequestParam(required = false) Integer year,
			Model model) {
		String p = province != null && !province.isBlank() ? province.strip()
				: tasks.provincesOfCurrentUser().stream().findFirst()
					.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
		int y = year == null ? LocalDate.now(clock).getYear() : year;
		model.addAttribute("province", p);
		model.addAttribute("year", y);
		model.addAttribute("plans", inspections.plans(p, y));
		model.addAttribute("standing", inspections.standing(p, y));
		model.addAttribute("canManage", access.canManage(p));
		return "inspection/year";
	}

	@PostMapping("/inspections")
	String plan(@RequestParam String province, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String title, @RequestParam(required = false) String documentNumber,
			@RequestParam(required = false) String documentDate, Model model) {
		return attempt(() -> {
			InspectionPlan plan = inspections.plan(new Inspections.NewPlan(province, year, title, blank(documentNumber),
					day(documentDate)));
			return "redirect:/inspections/plans/" + plan.id();
		}, model, () -> year(province, year, model));
	}

	@GetMapping("/inspections/plans/{id}")
	String plan(@PathVariable long id, Model model) {
		InspectionPlan plan = inspections.findPlan(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		List<Organization> orgs = organizations.all(plan.provinceCode(), LocalDate.now(clock));
		model.addAttribute("plan", plan);
		model.addAttribute("visits", inspections.visits(id));
		model.addAttribute("organizations", orgs);
		model.addAttribute("orgNames", names(plan.provinceCode()));
		model.addAttribute("kinds", VisitKind.values());
		model.addAttribute("canManage", access.canManage(plan.provinceCode()));
		return "inspection/plan";
	}

	@PostMapping("/inspections/plans/{id}/visits")
	String visit(@PathVariable long id, @RequestParam(required = false) VisitKind kind,
			@RequestParam(required = false) String unit, @RequestParam(required = false) String topics,
			@RequestParam(required = false) String plannedOn, @RequestParam(required = false) Long lead,
			@RequestParam(required = false) List<Long> team, Model model) {
		return attempt(() -> {
			inspections.addVisit(id, new Inspections.NewVisit(kind, unit, blank(topics), day(plannedOn), lead,
					team == null ? List.of() : team));
			return "redirect:/inspections/plans/" + id;
		}, model, () -> plan(id, model));
	}

	@GetMapping("/inspections/visits/{id}")
	String visit(@PathVariable long id, Model model) {
		Visit visit = inspections.findVisit(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("visit", visit);
		model.addAttribute("plan", inspections.findPlan(visit.planId()).orElseThrow());
		model.addAttribute("findings", inspections.findings(id));
		model.addAttribute("inTeam", inspections.inTeam(visit));
		model.addAttribute("organizations", organizations.all(visit.provinceCode(), LocalDate.now(clock)));
		model.addAttribute("orgNames", names(visit.provinceCode()));
		return "inspection/visit";
	}

	@PostMapping("/inspections/visits/{id}/findings")
	String finding(@PathVariable long id, @RequestParam(required = false) Integer criterion,
			@RequestParam(required = false) String indicator, @RequestParam(required = false) String text,
			@RequestParam(required = false) String reportedValue, @RequestParam(required = false) Boolean valueHolds,
			@RequestParam(required = false) MultipartFile evidence, Model model) throws IOException {
		byte[] body = evidence == null || evidence.isEmpty() ? null : evidence.getBytes();
		return attempt(() -> {
			inspections.recordFinding(id, new Inspections.NewFinding(criterion, indicator, text, reportedValue,
					valueHolds, body == null ? null : evidence.getOriginalFilename(),
					body == null ? null : evidence.getContentType(), body));
			return "redirect:/inspections/visits/" + id;
		}, model, () -> visit(id, model));
	}

	@PostMapping("/inspections/findings/{finding}/recommendations")
	String recommend(@PathVariable long finding, @RequestParam long visit, @RequestParam(required = false) String text,
			@RequestParam(required = false) Long owner, @RequestParam(required = false) String deadline, Model model) {
		return attempt(() -> {
			inspections.recommend(finding, new Inspections.NewRecommendation(text, owner, day(deadline)));
			return "redirect:/inspections/visits/" + visit;
		}, model, () -> visit(visit, model));
	}

	@PostMapping("/inspections/findings/{finding}/close")
	String close(@PathVariable long finding, @RequestParam long visit, @RequestParam long version, Model model) {
		return attempt(() -> {
			inspections.close(finding, version);
			return "redirect:/inspections/visits/" + visit;
		}, model, () -> visit(visit, model));
	}

	/** The evidence of a finding, as a download (the type the uploader claimed is not trusted). */
	@GetMapping("/inspections/findings/{finding}/evidence")
	org.springframework.http.ResponseEntity<byte[]> evidence(@PathVariable long finding) {
		Inspections.Evidence e = inspections.evidence(finding)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return org.springframework.http.ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.APPLICATION_OCTET_STREAM)
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition
				.attachment().filename(e.fileName() == null ? "minh-chung" : e.fileName(),
						java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(e.body());
	}

	/** Runs a write; a refusal shows the page again with each problem named. */
	private String attempt(Supplier<String> write, Model model, Supplier<String> page) {
		try {
			return write.get();
		}
		catch (InspectionRejected e) {
			model.addAttribute("problems", e.problems().stream().map(messages::get).toList());
		}
		catch (TaskRejected e) {
			model.addAttribute("problems", e.problems().stream().map(messages::get).toList());
		}
		catch (DateTimeParseException e) {
			model.addAttribute("problems", List.of(messages.get("inspection.problem.date", e.getParsedString())));
		}
		return page.get();
	}

	private Map<Long, String> names(String province) {
		return organizations.all(province).stream().collect(Collectors.toMap(Organization::id, Organization::name,
				(a, b) -> a));
	}

	private static LocalDate day(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return text.contains("-") ? LocalDate.parse(text.strip()) : LocalDate.parse(text.strip(), DAY);
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
