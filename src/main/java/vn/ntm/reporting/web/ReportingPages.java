package vn.ntm.reporting.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ntm.identity.Access;
import vn.ntm.reporting.Obligation.ReporterKind;
import vn.ntm.reporting.ReportRejected;
import vn.ntm.reporting.Reporting;
import vn.ntm.reporting.ReportingProperties;
import vn.ntm.reporting.Submission;
import vn.ntm.reporting.Timeliness;
import vn.ntm.reporting.internal.ReporterDirectory;
import vn.ntm.reporting.internal.SendReport;

/** Reporting pages: compliance of a month, a reporter's year, the report form, the consolidated report, notices. */
@Controller
class ReportingPages {

	static final String COMPLIANCE = "reporting/compliance";
	static final String YEAR = "reporting/year";
	static final String SUBMISSION = "reporting/submission";
		static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private final Reporting reporting;
	private final ReporterDirectory directory;
	private final Scopes scopes;
	private final Access access;
	private final ReportingProperties properties;
	private final SendReport sendReport;

	ReportingPages(Reporting reporting, ReporterDirectory directory, Scopes scopes, Access access,
			ReportingProperties properties, SendReport sendReport) {
		this.sendReport = sendReport;
		this.reporting = reporting;
		this.directory = directory;
		this.scopes = scopes;
		this.access = access;
		this.properties = properties;
	}

	/** One line of a compliance table, formatted for the page. */
	record Line(Timeliness timeliness, String lastOnTimeDay, String submittedAt) {
	}

	@GetMapping("/reporting")
	String home() {
		List<String> provinces = directory.provincesOfCurrentUser();
		if (provinces.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		String province = provinces.get(0);
		YearMonth month = YearMonth.from(today()).minusMonths(properties.dueMonthOffset());
		if (!directory.overseesProvince(province)) {
			var own = directory.reportersOfCurrentUser(province, month);
			if (!own.isEmpty()) {
				String reporter = own.iterator().next();
				// a committee's officer reads their own unit, not the whole province
				String unit = directory.find(province, month, reporter).map(r -> r.unitCode()).orElse(province);
				return "redirect:/reporting/submissions?unit=" + unit + "&reporter=" + reporter + "&month=" + month;
			}
		}
		return "redirect:/reporting/compliance?unit=" + province + "&month=" + month;
	}

	@GetMapping("/reporting/compliance")
	String compliance(@RequestParam String unit, @RequestParam(required = false) String month, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		Scopes.UnitScope scope = scopes.of(unit);
		YearMonth m = month == null || month.isBlank()
				? YearMonth.from(today()).minusMonths(properties.dueMonthOffset()) : scopes.month(month);
		String province = scope.provinceCode();
		List<Line> lines = reporting.compliance(province, m).stream()
			.filter(t -> scope.includes(t.obligation()))
			.map(this::line)
			.toList();
		Map<String, Long> counts = lines.stream()
			.filter(l -> l.timeliness().obligation().reporterKind() != ReporterKind.COORDINATION_OFFICE)
			.collect(Collectors.groupingBy(l -> l.timeliness().status().name(), Collectors.counting()));
		boolean oversees = directory.overseesProvince(province);
		model.addAttribute("unit", scope.unit());
		model.addAttribute("month", m);
		model.addAttribute("monthLabel", monthLabel(m));
		model.addAttribute("previousMonth", m.minusMonths(1));
		model.addAttribute("nextMonth", m.plusMonths(1));
		model.addAttribute("quarterEnd", m.getMonthValue() % 3 == 0);
		model.addAttribute("districtsReport", properties.districtsReport(province, m));
		model.addAttribute("regimeBasis", properties.districtsReportBasis(province));
		model.addAttribute("lines", lines);
		model.addAttribute("counts", counts);
		model.addAttribute("oversees", oversees);
		model.addAttribute("canIssue", access.canManage(province));
		model.addAttribute("issued", oversees ? reporting.consolidated(province, m) : List.of());
		model.addAttribute("timeFormat", TIME);
		model.addAttribute("zone", properties.zone());
		model.addAttribute("own", directory.reportersOfCurrentUser(province, m));
		return htmx != null ? COMPLIANCE + " :: table" : COMPLIANCE;
	}

	@GetMapping(path = "/reporting/compliance", params = "format=xlsx")
	ResponseEntity<byte[]> complianceWorkbook(@RequestParam String unit, @RequestParam String month) {
		String province = scopes.of(unit).provinceCode();
		YearMonth m = scopes.month(month);
		return ReportingApi.file("tuan-thu-bao-cao-" + province + "-" + m + ".xlsx", XLSX,
				reporting.complianceWorkbook(province, m));
	}

	@PostMapping("/reporting/consolidated")
	String issue(@RequestParam String unit, @RequestParam String month, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		String province = scopes.of(unit).provinceCode();
		try {
			var report = reporting.issue(province, scopes.month(month), reason);
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
		Reporting.StoredFile file = reporting.consolidatedFile(province, scopes.month(month), revision, format)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ReportingApi.file(file.filename(), file.mediaType(), file.content());
	}

	@GetMapping("/reporting/year")
	String year(@RequestParam String unit, @RequestParam String reporter, @RequestParam(required = false) Integer year,
			Model model) {
		Scopes.UnitScope scope = scopes.of(unit);
		int y = year == null ? today().getYear() : year;
		List<Line> lines = reporting.year(scope.provinceCode(), reporter, y).stream().map(this::line).toList();
		model.addAttribute("unit", scope.unit());
		model.addAttribute("year", y);
		model.addAttribute("reporterCode", reporter);
		model.addAttribute("reporterName", lines.isEmpty() ? reporter : lines.get(0).timeliness().obligation().reporterName());
		model.addAttribute("lines", lines);
		model.addAttribute("onTime", lines.stream().filter(l -> l.timeliness().status() == Timeliness.Status.ON_TIME).count());
		model.addAttribute("late", lines.stream().filter(l -> l.timeliness().status() == Timeliness.Status.LATE).count());
		model.addAttribute("missing", lines.stream().filter(l -> l.timeliness().status() == Timeliness.Status.MISSING).count());
		return YEAR;
	}

	@GetMapping(path = "/reporting/year", params = "format=xlsx")
	ResponseEntity<byte[]> yearWorkbook(@RequestParam String unit, @RequestParam String reporter,
			@RequestParam int year) {
		String province = scopes.of(unit).provinceCode();
		List<Timeliness> lines = reporting.year(province, reporter, year);
		String name = lines.isEmpty() ? reporter : lines.get(0).obligation().reporterName();
		byte[] content = new vn.ntm.reporting.document.ComplianceWorkbook()
			.write(scopes.vietnamese("reporting.year.workbook-title", String.valueOf(year), name), lines, properties.zone());
		return ReportingApi.file("tuan-thu-bao-cao-" + reporter + "-" + year + ".xlsx", XLSX, content);
	}

	@GetMapping("/reporting/submissions")
	String submission(@RequestParam String unit, @RequestParam String reporter, @RequestParam String month,
			Model model) {
		String province = scopes.of(unit).provinceCode();
		YearMonth m = scopes.month(month);
		boolean mine = directory.reportersOfCurrentUser(province, m).contains(reporter);
		// a GET writes nothing: without a report yet, the form is unsaved until the first POST
		List<Submission> stored = reporting.submissions(province, reporter, m);
		List<Submission> revisions = mine && stored.isEmpty() ? List.of(reporting.unsavedDraft(province, reporter, m))
				: stored;
		model.addAttribute("unit", unit);
		model.addAttribute("reporter", reporter);
		model.addAttribute("month", m);
		model.addAttribute("monthLabel", monthLabel(m));
		model.addAttribute("mine", mine);
		model.addAttribute("revisions", revisions);
		model.addAttribute("current", revisions.isEmpty() ? null : revisions.get(revisions.size() - 1));
		model.addAttribute("obligation", reporting.obligations(province, m).stream()
			.filter(o -> o.reporterCode().equals(reporter)).findFirst().orElse(null));
		model.addAttribute("timeFormat", TIME);
		model.addAttribute("dateFormat", DATE);
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
		Submission s = reporting.submission(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
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
		reporting.correct(scopes.of(unit).provinceCode(), reporter, scopes.month(month));
		return "redirect:/reporting/submissions?unit=" + unit + "&reporter=" + reporter + "&month=" + month;
	}

	@GetMapping("/reporting/submissions/{id}/attachments/{attachment}")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachment) {
		Reporting.StoredFile file = reporting.attachment(id, attachment)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ReportingApi.file(file.filename(), file.mediaType(), file.content());
	}

	private Line line(Timeliness t) {
		return new Line(t, DATE.format(t.obligation().lastOnTimeDay()),
				t.submittedAt() == null ? "" : TIME.format(t.submittedAt().atZone(properties.zone())));
	}

	private LocalDate today() {
		return scopes.today(properties.zone());
	}

	static String monthLabel(YearMonth m) {
		return "%02d/%d".formatted(m.getMonthValue(), m.getYear());
	}
}
