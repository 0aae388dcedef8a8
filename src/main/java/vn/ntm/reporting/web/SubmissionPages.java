package vn.ntm.reporting.web;

import java.io.IOException;
import java.time.YearMonth;
import java.util.List;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ntm.reporting.ReportRejected;
import vn.ntm.reporting.ReportingProperties;
import vn.ntm.reporting.StoredFile;
import vn.ntm.reporting.Submission;
import vn.ntm.reporting.internal.DraftReport;
import vn.ntm.reporting.internal.ReportSubmissions;
import vn.ntm.reporting.internal.ReportingObligations;
import vn.ntm.reporting.internal.SendReport;

/** The report form of a reporter's month: its revisions, the draft, sending and correcting, the attachments. */
@Controller
class SubmissionPages {

	static final String SUBMISSION = "reporting/submission";

	private final ReportSubmissions submissions;
	private final DraftReport drafts;
	private final SendReport sendReport;
	private final ReportingObligations obligations;
	private final Scopes scopes;
	private final ReportingProperties properties;

	SubmissionPages(ReportSubmissions submissions, DraftReport drafts, SendReport sendReport,
			ReportingObligations obligations, Scopes scopes, ReportingProperties properties) {
		this.submissions = submissions;
		this.drafts = drafts;
		this.sendReport = sendReport;
		this.obligations = obligations;
		this.scopes = scopes;
		this.properties = properties;
	}

	@GetMapping("/reporting/submissions")
	String submission(@RequestParam String unit, @RequestParam String reporter, @RequestParam String month,
			Model model) {
		String province = scopes.of(unit).provinceCode();
		YearMonth m = scopes.month(month);
		boolean mine = obligations.reportsFor(province, reporter, m);
		// a GET writes nothing: without a report yet, the form is unsaved until the first POST
		List<Submission> stored = submissions.submissions(province, reporter, m);
		List<Submission> revisions = mine && stored.isEmpty() ? List.of(drafts.unsavedDraft(province, reporter, m))
				: stored;
		model.addAttribute("unit", unit);
		model.addAttribute("reporter", reporter);
		model.addAttribute("month", m);
		model.addAttribute("monthLabel", CompliancePages.monthLabel(m));
		model.addAttribute("mine", mine);
		model.addAttribute("revisions", revisions);
		model.addAttribute("current", revisions.isEmpty() ? null : revisions.get(revisions.size() - 1));
		model.addAttribute("obligation", obligations.obligations(province, m).stream()
			.filter(o -> o.reporterCode().equals(reporter)).findFirst().orElse(null));
		model.addAttribute("timeFormat", CompliancePages.TIME);
		model.addAttribute("dateFormat", CompliancePages.DATE);
		model.addAttribute("zone", properties.zone());
		model.addAttribute("maxMegabytes", properties.attachmentMaxBytes() / (1024 * 1024));
		return SUBMISSION;
	}

	@PostMapping("/reporting/submissions/new")
	String start(@RequestParam String unit, @RequestParam String reporter, @RequestParam String month,
			@RequestParam(required = false) String results, @RequestParam(required = false) String difficulties,
			@RequestParam(required = false) String proposals, @RequestParam(defaultValue = "save") String action,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, RedirectAttributes redirect)
			throws IOException {
		SendReport.Narrative narrative = new SendReport.Narrative(results, difficulties, proposals);
		String province = scopes.of(unit).provinceCode();
		YearMonth m = scopes.month(month);
		return sent(unit, reporter, m, narrative, redirect, action, () -> sendReport.send(province, reporter, m,
				narrative, ReportingApi.uploads(files), "submit".equals(action)));
	}

	@PostMapping("/reporting/submissions/{id}")
	String save(@PathVariable long id, @RequestParam String unit, @RequestParam(required = false) String results,
			@RequestParam(required = false) String difficulties, @RequestParam(required = false) String proposals,
			@RequestParam long version, @RequestParam(defaultValue = "save") String action,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, RedirectAttributes redirect)
			throws IOException {
		Submission s = submissions.submission(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		SendReport.Narrative narrative = new SendReport.Narrative(results, difficulties, proposals);
		return sent(unit, s.reporterCode(), s.month(), narrative, redirect, action, () -> sendReport.update(id,
				narrative, version, ReportingApi.uploads(files), "submit".equals(action)));
	}

	interface Sending {
		Submission send() throws IOException;
	}

	/** Sends in one transaction; when refused, nothing is stored and the typed text comes back to the form. */
	private String sent(String unit, String reporter, YearMonth month, SendReport.Narrative narrative,
			RedirectAttributes redirect, String action, Sending sending) throws IOException {
		try {
			sending.send();
			redirect.addFlashAttribute("submit".equals(action) ? "submitted" : "saved", true);
		}
		catch (ReportRejected e) {
			redirect.addFlashAttribute("error", scopes.text(e));
			redirect.addFlashAttribute("typed", narrative);
		}
		catch (OptimisticLockingFailureException e) {
			redirect.addFlashAttribute("conflict", true);
			redirect.addFlashAttribute("typed", narrative);
		}
		return "redirect:/reporting/submissions?unit=" + unit + "&reporter=" + reporter + "&month=" + month;
	}

	@PostMapping("/reporting/submissions/correction")
	String correct(@RequestParam String unit, @RequestParam String reporter, @RequestParam String month) {
		drafts.correct(scopes.of(unit).provinceCode(), reporter, scopes.month(month));
		return "redirect:/reporting/submissions?unit=" + unit + "&reporter=" + reporter + "&month=" + month;
	}

	@GetMapping("/reporting/submissions/{id}/attachments/{attachment}")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachment) {
		StoredFile file = submissions.attachment(id, attachment)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ReportingApi.file(file.filename(), file.mediaType(), file.content());
	}
}
