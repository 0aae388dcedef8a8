package vn.ntm.reporting.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import vn.ntm.identity.Access;
import vn.ntm.reporting.Obligation.ReporterKind;
import vn.ntm.reporting.ReportingProperties;
import vn.ntm.reporting.Timeliness;
import vn.ntm.reporting.internal.ComplianceView;
import vn.ntm.reporting.internal.ConsolidatedReports;
import vn.ntm.reporting.internal.ReporterDirectory;

/** Reporting pages: the landing redirect, compliance of a month and a reporter's year (and their workbooks). */
@Controller
class CompliancePages {

	static final String COMPLIANCE = "reporting/compliance";
	static final String YEAR = "reporting/year";
	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private final ComplianceView compliance;
	private final ConsolidatedReports consolidated;
	private final ReporterDirectory directory;
	private final Scopes scopes;
	private final Access access;
	private final ReportingProperties properties;

	CompliancePages(ComplianceView compliance, ConsolidatedReports consolidated, ReporterDirectory directory,
			Scopes scopes, Access access, ReportingProperties properties) {
		this.compliance = compliance;
		this.consolidated = consolidated;
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
		List<Line> lines = compliance.compliance(province, m).stream()
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
		String basis = properties.districtsReportBasis(province);
		model.addAttribute("regimeBasis", basis != null ? basis : scopes.text("reporting.regime.districts-basis"));
		model.addAttribute("lines", lines);
		model.addAttribute("counts", counts);
		model.addAttribute("oversees", oversees);
		model.addAttribute("canIssue", access.canManage(province));
		model.addAttribute("issued", oversees ? consolidated.consolidated(province, m) : List.of());
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
				compliance.complianceWorkbook(province, m));
	}

	@GetMapping("/reporting/year")
	String year(@RequestParam String unit, @RequestParam String reporter, @RequestParam(required = false) Integer year,
			Model model) {
		Scopes.UnitScope scope = scopes.of(unit);
		int y = year == null ? today().getYear() : year;
		List<Line> lines = compliance.year(scope.provinceCode(), reporter, y).stream().map(this::line).toList();
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
		return ReportingApi.file("tuan-thu-bao-cao-" + reporter + "-" + year + ".xlsx", XLSX,
				compliance.yearWorkbook(province, reporter, year));
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
