package vn.ntm.reporting.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ntm.reporting.ReportRejected;
import vn.ntm.reporting.StoredFile;
import vn.ntm.reporting.internal.ConsolidatedReports;
import vn.ntm.reporting.internal.IssueConsolidatedReport;

/** The coordination office issues the consolidated report from the compliance page and downloads its files. */
@Controller
class ConsolidatedReportPages {

	private final IssueConsolidatedReport issuing;
	private final ConsolidatedReports consolidated;
	private final Scopes scopes;

	ConsolidatedReportPages(IssueConsolidatedReport issuing, ConsolidatedReports consolidated, Scopes scopes) {
		this.issuing = issuing;
		this.consolidated = consolidated;
		this.scopes = scopes;
	}

	@PostMapping("/reporting/consolidated")
	String issue(@RequestParam String unit, @RequestParam String month, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		String province = scopes.of(unit).provinceCode();
		try {
			var report = issuing.issue(province, scopes.month(month), reason);
			redirect.addFlashAttribute("issuedNumber", report.figures().documentNumber());
		}
		catch (ReportRejected e) {
			redirect.addFlashAttribute("error", scopes.text(e));
		}
		return "redirect:/reporting/compliance?unit=" + unit + "&month=" + month;
	}

	@GetMapping("/reporting/consolidated/file")
	ResponseEntity<byte[]> consolidatedFile(@RequestParam String unit, @RequestParam String month,
			@RequestParam(required = false) Integer revision, @RequestParam(defaultValue = "docx") String format) {
		String province = scopes.of(unit).provinceCode();
		StoredFile file = consolidated.consolidatedFile(province, scopes.month(month), revision, format)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ReportingApi.file(file.filename(), file.mediaType(), file.content());
	}
}
