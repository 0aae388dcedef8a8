package vn.ntm.planning.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.identity.Access;
import vn.ntm.planning.EntryRejected;
import vn.ntm.planning.GapAnalysis;
import vn.ntm.planning.KpiValues;
import vn.ntm.planning.Plan;
import vn.ntm.planning.PlanProgress;
import vn.ntm.planning.PlanTier;
import vn.ntm.planning.Plans;
import vn.ntm.planning.Target;
import vn.ntm.planning.TodoItem;
import vn.ntm.planning.UnitNameMatch;
import vn.ntm.planning.internal.Departments;
import vn.ntm.shared.Period;

/**
 * Pages of the planning module. Reading a plan, a unit's gaps or a to-do list needs read access to the unit (the
 * province for a to-do list); adding and removing targets and recording a KPI value need {@code Access.canManage}
 * of the province.
 */
@Controller
class PlanningPages {

	static final String PLAN = "planning/plan";
	static final String GAPS = "planning/gaps";
	static final String TODO_LIST = "planning/todo";
	static final String MATCH = "planning/match";

	private final Plans plans;
	private final KpiValues kpiValues;
	private final PlansApi api;
	private final Access access;
	private final Departments directory;
	private final FieldMessages messages;

	PlanningPages(Plans plans, KpiValues kpiValues, PlansApi api, Access access, Departments directory,
			FieldMessages messages) {
		this.plans = plans;
		this.kpiValues = kpiValues;
		this.api = api;
		this.access = access;
		this.directory = directory;
		this.messages = messages;
	}

	/** A KPI value as typed on the plan page, for the target it was typed for. */
	record KpiForm(long targetId, String period, String value, String source) {
	}

	/** The month a plan is followed at: December for a past year, else the current month. */
	static Period defaultPeriod(int year) {
		YearMonth now = YearMonth.now();
		return year < now.getYear() ? Period.month(year, 12) : Period.of(now);
	}

	private String defaultProvince() {
		return api.defaultProvince();
	}

	@GetMapping("/planning")
	String index(@RequestParam(required = false) String province) {
		String p = province == null ? defaultProvince() : province;
		int year = plans.all(p).stream().mapToInt(Plan::year).max().orElse(LocalDate.now().getYear());
		return "redirect:/planning/plans/" + p + "/" + year;
	}

	@GetMapping("/planning/plans/{unitCode}/{year}")
	String plan(@PathVariable String unitCode, @PathVariable int year, @RequestParam(required = false) String period,
			Model model) {
		return planPage(unitCode, year, period, null, Map.of(), model);
	}

	@PostMapping("/planning/plans/{unitCode}/{year}/kpis/{targetId}/values")
	String recordKpiValue(@PathVariable String unitCode, @PathVariable int year, @PathVariable long targetId,
			@RequestParam(name = "kpiPeriod", required = false) String kpiPeriod,
			@RequestParam(required = false) String value, @RequestParam(required = false) String source,
			@RequestParam(required = false) String period, Model model, HttpServletResponse response) {
		AdministrativeUnit unit = api.readable(unitCode, LocalDate.of(year, 12, 31));
		try {
			kpiValues.record(unit.provinceCode(), year, targetId, new KpiValues.Input(null, kpiPeriod, value, source));
			return "redirect:/planning/plans/" + unitCode + "/" + year
					+ (period == null || period.isBlank() ? "" : "?period=" + period) + "#kpi-" + targetId;
		}
		catch (EntryRejected e) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return planPage(unitCode, year, period, new KpiForm(targetId, kpiPeriod, value, source),
					messages.byField(e), model);
		}
	}

	private String planPage(String unitCode, int year, String period, KpiForm kpiForm, Map<String, String> kpiErrors,
			Model model) {
		Plan plan = api.plan(unitCode, year);
		Period p = period == null || period.isBlank() ? defaultPeriod(year) : PlansApi.period(period, year);
		PlanProgress progress = plans.progress(plan, p);
		model.addAttribute("unit", api.readable(unitCode, LocalDate.of(year, 12, 31)));
		model.addAttribute("plan", plan);
		model.addAttribute("period", p);
		model.addAttribute("progress", progress);
		model.addAttribute("years", plans.all(plan.provinceCode()).stream().map(Plan::year).toList());
		model.addAttribute("canManage", access.canManage(plan.provinceCode()));
		model.addAttribute("departments", directory.departments(plan.provinceCode()));
		model.addAttribute("documentTypes", vn.ntm.planning.PlanDocument.Type.values());
		model.addAttribute("kpiHistory", kpiValues.history(plan));
		model.addAttribute("kpiForm", kpiForm);
		model.addAttribute("kpiErrors", kpiErrors);
		return PLAN;
	}

	@GetMapping("/planning/plans/{unitCode}/{year}.xlsx")
	ResponseEntity<byte[]> planExcel(@PathVariable String unitCode, @PathVariable int year,
			@RequestParam(required = false) String period) throws IOException {
		Plan plan = api.plan(unitCode, year);
		Period p = period == null || period.isBlank() ? defaultPeriod(year) : PlansApi.period(period, year);
		PlanProgress progress = plans.progress(plan, p);
		List<List<Object>> rows = new ArrayList<>();
		rows.add(List.of("Mục tiêu", "Đơn vị", "Mã", "Huyện", "Tiêu chí đạt", "Đạt chuẩn", "Đã công nhận"));
		for (PlanProgress.NamedLine l : progress.named()) {
			rows.add(List.of(Labels.tier(l.target().tier()), nz(l.target().unitName(), l.target().sourceName()),
					nz(l.target().unitCode(), "chưa khớp"), nz(l.districtName(), ""),
					l.criteriaMet() == null ? "" : l.criteriaMet() + "/" + l.criteriaTotal(),
					l.met() == null ? cannotTell(l) : l.met() ? "Đạt" : "Chưa đạt", l.recognised() ? "Có" : "Chưa"));
		}
		return excel("ke-hoach-" + unitCode + "-" + year + ".xlsx", "Kế hoạch " + year, rows);
	}

	/** Why a named target cannot be judged yet, as the plan page says it. */
	private String cannotTell(PlanProgress.NamedLine l) {
		if (l.cannotTell() == null) {
			return "";
		}
		return messages.text("planning.cannotTell." + l.cannotTell().name(), String.join("; ", l.thresholdsMissingIn()));
	}

	@GetMapping("/planning/gaps/{unitCode}")
	String gaps(@PathVariable String unitCode, @RequestParam(required = false) String period,
			@RequestParam(required = false) String set, Model model) {
		Period p = period == null || period.isBlank() ? defaultPeriod(LocalDate.now().getYear() - 1)
				: PlansApi.period(period, LocalDate.now().getYear());
		AdministrativeUnit unit = api.readable(unitCode, p.end());
		model.addAttribute("unit", unit);
		model.addAttribute("report", plans.gaps(unitCode, p, set == null || set.isBlank() ? null : set));
		model.addAttribute("period", p);
		return GAPS;
	}

	@GetMapping("/planning/todo")
	String todo(@RequestParam(required = false) Long org, @RequestParam(required = false) String province,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String period, Model model) {
		String prov = province == null ? defaultProvince() : province;
		int y = year == null ? plans.all(prov).stream().mapToInt(Plan::year).max().orElse(LocalDate.now().getYear())
				: year;
		api.readable(prov, LocalDate.of(y, 12, 31));
		Period p = period == null || period.isBlank() ? defaultPeriod(y) : PlansApi.period(period, y);
		model.addAttribute("departments", directory.departments(prov));
		model.addAttribute("org", org);
		model.addAttribute("year", y);
		model.addAttribute("province", prov);
		model.addAttribute("period", p);
		model.addAttribute("department", org == null ? null : directory.find(org).orElse(null));
		List<TodoItem> items = org == null ? List.of()
				: plans.find(prov, y).map(plan -> plans.todo(org, plan, p)).orElse(List.of());
		model.addAttribute("items", items);
		return TODO_LIST;
	}

	@GetMapping("/planning/plans/{unitCode}/{year}/match")
	String matchForm(@PathVariable String unitCode, @PathVariable int year, Model model) {
		Plan plan = api.plan(unitCode, year);
		model.addAttribute("plan", plan);
		model.addAttribute("tiers", PlanTier.values());
		model.addAttribute("matches", List.of());
		model.addAttribute("text", "");
		return MATCH;
	}

	@PostMapping("/planning/plans/{unitCode}/{year}/match")
	String match(@PathVariable String unitCode, @PathVariable int year, @RequestParam String text, Model model) {
		Plan plan = api.plan(unitCode, year);
		List<UnitNameMatch> matches = plans.match(text, LocalDate.of(year, 12, 31), plan.provinceCode());
		model.addAttribute("plan", plan);
		model.addAttribute("tiers", PlanTier.values());
		model.addAttribute("matches", matches);
		model.addAttribute("text", text);
		return MATCH;
	}

	/** Adds the confirmed units as named targets; each {@code unit} value is "code|source name". */
	@PostMapping("/planning/plans/{unitCode}/{year}/targets")
	String addTargets(@PathVariable String unitCode, @PathVariable int year, @RequestParam PlanTier tier,
			@RequestParam(name = "unit", required = false) List<String> units, @RequestParam long version) {
		Plan plan = api.plan(unitCode, year);
		if (!access.canManage(plan.provinceCode())) {
			throw new AccessDeniedException("only the coordination office changes plans");
		}
		List<Target> targets = new ArrayList<>();
		for (String u : units == null ? List.<String>of() : units) {
			if (u.isBlank()) continue;
			String[] parts = u.split("\\|", 2);
			AdministrativeUnit au = api.readable(parts[0], LocalDate.of(year, 12, 31));
			String district = au.level() == vn.ntm.geography.UnitLevel.COMMUNE ? au.parentCode() : au.code();
			targets.add(new Target.Named(0, tier, au.code(), au.name(), parts.length > 1 ? parts[1] : au.name(),
					district, null, null));
		}
		if (!targets.isEmpty()) {
			plans.addTargets(plan.id(), targets, version);
		}
		return "redirect:/planning/plans/" + unitCode + "/" + year;
	}

	@PostMapping("/planning/plans/{unitCode}/{year}/targets/{targetId}/delete")
	String removeTarget(@PathVariable String unitCode, @PathVariable int year, @PathVariable long targetId,
			@RequestParam long version) {
		Plan plan = api.plan(unitCode, year);
		plans.removeTarget(plan.id(), targetId, version);
		return "redirect:/planning/plans/" + unitCode + "/" + year;
	}

	@PostMapping("/planning/plans/{unitCode}/{year}/documents")
	String addDocument(@PathVariable String unitCode, @PathVariable int year,
			@RequestParam vn.ntm.planning.PlanDocument.Type type, @RequestParam(required = false) String number,
			@RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate issued, @RequestParam(required = false) String title,
			@RequestParam long version) {
		Plan plan = api.plan(unitCode, year);
		plans.addDocument(plan.id(), new vn.ntm.planning.PlanDocument(0, type, blankToNull(number), issued, null,
				blankToNull(title), null), version);
		return "redirect:/planning/plans/" + unitCode + "/" + year;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	@GetMapping("/planning/gaps/{unitCode}/export.xlsx")
	ResponseEntity<byte[]> gapsExcel(@PathVariable String unitCode, @RequestParam(required = false) String period,
			@RequestParam(required = false) String set) throws IOException {
		Period p = period == null || period.isBlank() ? defaultPeriod(LocalDate.now().getYear() - 1)
				: PlansApi.period(period, LocalDate.now().getYear());
		api.readable(unitCode, p.end());
		GapAnalysis.Report report = plans.gaps(unitCode, p, set == null || set.isBlank() ? null : set);
		List<List<Object>> rows = new ArrayList<>();
		rows.add(List.of("Tiêu chí", "Chỉ tiêu", "Đơn vị tính", "Giá trị", "Ngưỡng", "Còn thiếu", "Đánh giá",
				"Sở, ngành chủ trì"));
		for (GapAnalysis.Gap g : report.gaps()) {
			rows.add(List.of(g.criterion() + ". " + nz(g.criterionName(), ""),
					g.indicatorCode() + " " + nz(g.indicatorName(), ""), nz(g.unit(), ""), nz(g.value(), ""),
					nz(g.threshold(), ""), g.distanceText(), g.status().name(),
					g.lead() == null ? "chưa phân công" : g.lead().name()));
		}
		return excel("khoang-cach-" + unitCode + "-" + p + ".xlsx", "Khoảng cách " + report.unitName(), rows);
	}

	@GetMapping("/planning/todo.xlsx")
	ResponseEntity<byte[]> todoExcel(@RequestParam long org, @RequestParam String province, @RequestParam int year,
			@RequestParam(required = false) String period) throws IOException {
		api.readable(province, LocalDate.of(year, 12, 31));
		Period p = period == null || period.isBlank() ? defaultPeriod(year) : PlansApi.period(period, year);
		List<TodoItem> items = plans.find(province, year).map(plan -> plans.todo(org, plan, p)).orElse(List.of());
		List<List<Object>> rows = new ArrayList<>();
		rows.add(List.of("Đơn vị", "Mã", "Mục tiêu", "Tiêu chí", "Chỉ tiêu", "Giá trị", "Ngưỡng", "Còn thiếu"));
		for (TodoItem i : items) {
			rows.add(List.of(i.unitName(), i.unitCode(), Labels.tier(i.tier()), i.criterion() + ". " + i.criterionName(),
					i.indicatorCode() + " " + nz(i.indicatorName(), ""), nz(i.value(), ""), nz(i.threshold(), ""),
					i.gap()));
		}
		return excel("viec-can-lam-" + org + "-" + year + ".xlsx", "Việc cần làm", rows);
	}

	@PostMapping("/planning/plans")
	String create(@RequestParam String province, @RequestParam int year, @RequestParam String title) {
		plans.create(province, year, title);
		return "redirect:/planning/plans/" + province + "/" + year;
	}

	private static String nz(String a, String b) {
		return a == null ? b : a;
	}

	static ResponseEntity<byte[]> excel(String filename, String sheetName, List<List<Object>> rows)
			throws IOException {
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = wb.createSheet(sheetName);
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				List<Object> values = rows.get(r);
				for (int c = 0; c < values.size(); c++) {
					Object v = values.get(c);
					if (v instanceof Number n) row.createCell(c).setCellValue(n.doubleValue());
					else row.createCell(c).setCellValue(v == null ? "" : v.toString());
				}
			}
			wb.write(out);
			return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=" + filename)
				.header(HttpHeaders.CONTENT_TYPE, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
				.body(out.toByteArray());
		}
	}

	/** Vietnamese labels used in exports (pages take theirs from the message bundle). */
	static final class Labels {
		static String tier(PlanTier tier) {
			return switch (tier) {
				case COMMUNE_STANDARD -> "Xã đạt chuẩn NTM";
				case COMMUNE_ADVANCED -> "Xã NTM nâng cao";
				case COMMUNE_MODEL -> "Xã NTM kiểu mẫu";
				case VILLAGE_MODEL -> "Thôn, làng NTM kiểu mẫu";
				case DISTRICT_STANDARD -> "Huyện đạt chuẩn / hoàn thành nhiệm vụ NTM";
				case DISTRICT_ADVANCED -> "Huyện NTM nâng cao";
				case DOSSIER_SUBMITTED -> "Nộp hồ sơ thẩm định";
			};
		}
	}
}
