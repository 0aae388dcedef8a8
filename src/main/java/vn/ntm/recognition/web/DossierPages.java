package vn.ntm.recognition.web;

import java.io.IOException;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.ntm.criteria.Tier;
import vn.ntm.recognition.Appraisal;
import vn.ntm.recognition.Dossier;
import vn.ntm.recognition.DossierAction;
import vn.ntm.recognition.DossierRefused;
import vn.ntm.recognition.DossierStep;
import vn.ntm.recognition.Dossiers;

/**
 * The dossiers a user may read, with the step and the days waited, and one dossier: its checklist, each criterion's
 * result and appraisal, documents, history and the actions the user may take. A refused action is shown on the
 * dossier's page with its reason and the status of the refusal (403, 409, 422); nothing was changed.
 */
@Controller
@PreAuthorize("!@access.readablePaths().isEmpty()")
class DossierPages {

	static final String LIST = "recognition/dossiers";
	static final String ONE = "recognition/dossier";

	private final Dossiers dossiers;
	private final DossierTexts texts;
	private final java.time.Clock clock;

	DossierPages(Dossiers dossiers, DossierTexts texts, java.time.Clock clock) {
		this.dossiers = dossiers;
		this.texts = texts;
		this.clock = clock;
	}

	@GetMapping("/dossiers")
	String list(@RequestParam(required = false) String unit, @RequestParam(required = false) Tier tier,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) DossierStep step,
			Model model) {
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("dossiers", dossiers.list(blank(unit), tier, year, step).stream()
			.map(d -> new Line(d, d.daysWaited(today))).toList());
		model.addAttribute("unit", blank(unit));
		model.addAttribute("tier", tier);
		model.addAttribute("year", year);
		model.addAttribute("step", step);
		model.addAttribute("tiers", Tier.values());
		model.addAttribute("steps", DossierStep.values());
		model.addAttribute("thisYear", today.getYear());
		return LIST;
	}

	record Line(Dossier dossier, long daysWaited) {
	}

	@PostMapping("/dossiers")
	String open(@RequestParam String unit, @RequestParam Tier tier, @RequestParam int year, Model model,
			HttpServletResponse response) {
		try {
			return "redirect:/dossiers/" + dossiers.open(unit.trim(), tier, year).id();
		}
		catch (DossierRefused e) {
			response.setStatus(DossierProblems.status(e.kind()).value());
			model.addAttribute("refusal", texts.text(e.reason()));
			return list(unit, tier, null, null, model);
		}
	}

	@GetMapping("/dossiers/{id}")
	String one(@PathVariable long id, Model model, HttpServletResponse response) {
		try {
			model.addAttribute("view", dossiers.view(id));
		}
		catch (DossierRefused e) {
			response.setStatus(DossierProblems.status(e.kind()).value());
			model.addAttribute("refusal", texts.text(e.reason()));
			model.addAttribute("view", null);
		}
		model.addAttribute("verdicts", Appraisal.Verdict.values());
		return ONE;
	}

	@PostMapping("/dossiers/{id}/steps")
	String step(@PathVariable long id, @RequestParam DossierAction action, @RequestParam long version,
			@RequestParam(required = false) String reason, @RequestParam(required = false) Integer criterion,
			@RequestParam(required = false) Appraisal.Verdict verdict,
			@RequestParam(required = false) String decisionNumber,
			@RequestParam(required = false) LocalDate decisionDate, @RequestParam(required = false) String signer,
			@RequestParam(required = false) String issuer, Model model, HttpServletResponse response) {
		try {
			dossiers.take(id, new Dossiers.StepRequest(action, version, blank(reason), criterion, verdict,
					blank(decisionNumber), decisionDate, blank(signer), blank(issuer)));
			return "redirect:/dossiers/" + id;
		}
		catch (DossierRefused e) {
			return refused(id, e, model, response);
		}
	}

	@PostMapping("/dossiers/{id}/documents")
	String attach(@PathVariable long id, @RequestParam(required = false) String item,
			@RequestParam(required = false) Integer criterion, @RequestParam("file") MultipartFile file, Model model,
			HttpServletResponse response) throws IOException {
		try {
			dossiers.attach(id, new Dossiers.Attachment(blank(item), criterion, file.getOriginalFilename(),
					file.getContentType(), file.getBytes()));
			return "redirect:/dossiers/" + id;
		}
		catch (DossierRefused e) {
			return refused(id, e, model, response);
		}
	}

	private String refused(long id, DossierRefused e, Model model, HttpServletResponse response) {
		String view = one(id, model, response);
		response.setStatus(DossierProblems.status(e.kind()).value());
		model.addAttribute("refusal", texts.text(e.reason()));
		return view;
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}
}
