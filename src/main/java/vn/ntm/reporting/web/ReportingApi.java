package vn.ntm.reporting.web;

import java.io.IOException;
import java.time.YearMonth;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import vn.ntm.reporting.ConsolidatedReport;
import vn.ntm.reporting.Obligation;
import vn.ntm.reporting.StoredFile;
import vn.ntm.reporting.Submission;
import vn.ntm.reporting.Timeliness;
import vn.ntm.reporting.internal.ComplianceView;
import vn.ntm.reporting.internal.ConsolidatedReports;
import vn.ntm.reporting.internal.IssueConsolidatedReport;
import vn.ntm.reporting.internal.ReportingObligations;
import vn.ntm.reporting.internal.SendReport;

/**
 * The reporting API: obligations and compliance of a province (or one district's reporter), reports submitted as
 * multipart, and the consolidated report of the contract. Scope is checked by the use cases.
 */
@RestController
class ReportingApi {

	private final ReportingObligations obligations;
	private final ComplianceView compliance;
	private final SendReport sendReport;
	private final ConsolidatedReports consolidated;
	private final IssueConsolidatedReport issuing;
	private final Scopes scopes;

	ReportingApi(ReportingObligations obligations, ComplianceView compliance, SendReport sendReport,
			ConsolidatedReports consolidated, IssueConsolidatedReport issuing, Scopes scopes) {
		this.obligations = obligations;
		this.compliance = compliance;
		this.sendReport = sendReport;
		this.consolidated = consolidated;
		this.issuing = issuing;
		this.scopes = scopes;
	}

	@GetMapping("/api/v1/reporting/obligations")
	List<Obligation> obligations(@RequestParam String unit, @RequestParam String month) {
		Scopes.UnitScope scope = scopes.of(unit);
		return obligations.obligations(scope.provinceCode(), scopes.month(month)).stream()
			.filter(scope::includes)
			.toList();
	}

	@GetMapping("/api/v1/reporting/compliance")
	ResponseEntity<?> compliance(@RequestParam String unit, @RequestParam String month,
			@RequestParam(required = false) String format) {
		Scopes.UnitScope scope = scopes.of(unit);
		YearMonth m = scopes.month(month);
		if ("xlsx".equals(format)) {
			return file("tuan-thu-bao-cao-" + scope.provinceCode() + "-" + m + ".xlsx", CompliancePages.XLSX,
					compliance.complianceWorkbook(scope.provinceCode(), m));
		}
		List<Timeliness> lines = compliance.compliance(scope.provinceCode(), m).stream()
			.filter(t -> scope.includes(t.obligation()))
			.toList();
		return ResponseEntity.ok(lines);
	}

	/**
	 * Submits a report: starts (or continues) the month's draft — a corrected revision when the last one was
	 * submitted — stores the narrative and the attachments, and submits it unless {@code submit=false}.
	 */
	@PostMapping(path = "/api/v1/reporting/submissions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Submission> submit(@RequestParam String unit, @RequestParam String reporter,
			@RequestParam String month, @RequestParam(required = false) String results,
			@RequestParam(required = false) String difficulties, @RequestParam(required = false) String proposals,
			@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@RequestParam(defaultValue = "true") boolean submit) throws IOException {
		String province = scopes.of(unit).provinceCode();
		YearMonth m = scopes.month(month);
		Submission s = sendReport.send(province, reporter, m,
				new SendReport.Narrative(results, difficulties, proposals), uploads(files), submit);
		return ResponseEntity.status(HttpStatus.CREATED).body(s);
	}

	/** The non-empty files of a multipart request. */
	static List<SendReport.Upload> uploads(List<MultipartFile> files) throws IOException {
		List<SendReport.Upload> uploads = new java.util.ArrayList<>();
		if (files != null) {
			for (MultipartFile file : files) {
				if (!file.isEmpty()) {
					uploads.add(new SendReport.Upload(file.getOriginalFilename(), file.getBytes()));
				}
			}
		}
		return uploads;
	}

	@GetMapping("/api/v1/reports/consolidated")
	ResponseEntity<byte[]> consolidated(@RequestParam String unit, @RequestParam String month,
			@RequestParam(defaultValue = "docx") String format, @RequestParam(required = false) Integer revision) {
		if (!"docx".equals(format) && !"xlsx".equals(format)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, scopes.text("reporting.error.format"));
		}
		String province = scopes.of(unit).provinceCode();
		StoredFile file = consolidated.consolidatedFile(province, scopes.month(month), revision, format)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					scopes.text("reporting.error.not-issued", month)));
		return file(file.filename(), file.mediaType(), file.content());
	}

	/** Issues a (further) revision of the consolidated report; the figures are frozen with it. */
	@PostMapping("/api/v1/reports/consolidated")
	ResponseEntity<ConsolidatedReport> issue(@RequestParam String unit, @RequestParam String month,
			@RequestParam(required = false) String reason) {
		String province = scopes.of(unit).provinceCode();
		return ResponseEntity.status(HttpStatus.CREATED).body(issuing.issue(province, scopes.month(month), reason));
	}

	static ResponseEntity<byte[]> file(String filename, String mediaType, byte[] content) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, java.nio.charset.StandardCharsets.UTF_8).build()
						.toString())
			.contentType(MediaType.parseMediaType(mediaType))
			.body(content);
	}
}
