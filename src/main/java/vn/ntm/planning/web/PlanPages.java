package vn.ntm.planning.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.identity.Access;
import vn.ntm.planning.EntryRejected;
import vn.ntm.planning.KpiValues;
import vn.ntm.planning.Plan;
import vn.ntm.planning.PlanDocument;
import vn.ntm.planning.PlanProgress;
import vn.ntm.planning.Plans;
import vn.ntm.planning.internal.Departments;
import vn.ntm.shared.Period;

/**
 * The plan page of a unit and year (progress, documents, KPI values) and its export. Reading needs read access to the
 * unit; creating a plan, adding a document, removing a target and recording a KPI value need
 * {@code Access.canManage} of the province.
 */
@Controller
class PlanPages {

	static final String PLAN = "planning/plan";
	static final String FIRST_PLAN = "planning/first";

	private final Plans plans;
	private final KpiValues kpiValues;
	private final PlanScope scope;
	private final Access access;
	private final Departments directory;
	private final FieldMessages messages;

	PlanPages(Plans plans, KpiValues kpiValues, PlanScope scope, Access access, Departments directory,
			FieldMessages messages) {
		this.plans = plans;
		this.kpiValues = kpiValues;
		this.scope = scope;
		this.access = access;
		this.directory = directory;
		this.messages = messages;
	}

	/** A KPI value as typed on the plan page, for the target it was typed for. */
	record KpiForm(long targetId, String period, String value, String source) {
	}

	/** The latest plan of the province; a province with none yet (a fresh install) gets the form of its first. */
	@GetMapping("/planning")
	String index(@RequestParam(required = false) String province, Model model) {
		String p = scope.province(province);
		if (plans.all(p).isEmpty()) {
			model.addAttribute("unit", scope.readable(p, scope.today()));
			model.addAttribute("year", scope.thisYear());
			model.addAttribute("canManage", access.canManage(p));
			return FIRST_PLAN;
		}
		return "redirect:/planning/plans/" + p + "/" + scope.latestPlanYear(p);
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
		AdministrativeUnit unit = scope.readable(unitCode, LocalDate.of(year, 12, 31));
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
		Plan plan = scope.plan(unitCode, year);
		Period p = scope.periodOrFollowed(period, year);
		model.addAttribute("unit", scope.readable(unitCode, LocalDate.of(year, 12, 31)));
		model.addAttribute("plan", plan);
		model.addAttribute("period", p);
		model.addAttribute("progress", plans.progress(plan, p));
		model.addAttribute("years", plans.all(plan.provinceCode()).stream().map(Plan::year).toList());
		model.addAttribute("canManage", access.canManage(plan.provinceCode()));
		model.addAttribute("departments", directory.departments(plan.provinceCode()));
		model.addAttribute("documentTypes", PlanDocument.Type.values());
		model.addAttribute("kpiHistory", kpiValues.history(plan));
		model.addAttribute("kpiForm", kpiForm);
		model.addAttribute("kpiErrors", kpiErrors);
		return PLAN;
	}

	@GetMapping("/planning/plans/{unitCode}/{year}.xlsx")
	ResponseEntity<byte[]> planExcel(@PathVariable String unitCode, @PathVariable int year,
			@RequestParam(required = false) String period) {
		Plan plan = scope.plan(unitCode, year);
		PlanProgress progress = plans.progress(plan, scope.periodOrFollowed(period, year));
		List<List<Object>> rows = new ArrayList<>();
		for (PlanProgress.NamedLine l : progress.named()) {
			rows.add(List.of(messages.text("planning.tier." + l.target().tier().name()),
					nz(l.target().unitName(), l.target().sourceName()),
					nz(l.target().unitCode(), messages.text("planning.export.unmatched")), nz(l.districtName(), ""),
					l.criteriaMet() == null ? "" : l.criteriaMet() + "/" + l.criteriaTotal(),
					l.met() == null ? cannotTell(l)
							: messages.text(l.met() ? "planning.export.met" : "planning.export.not-met"),
					messages.text(l.recognised() ? "planning.export.recognised" : "planning.export.not-recognised")));
		}
		String title = messages.text("planning.export.plan.title", String.valueOf(year));
		return Workbooks.download("ke-hoach-" + unitCode + "-" + year + ".xlsx",
				Workbooks.table(messages, title, "planning.export.plan.target", "planning.export.plan.unit",
						"planning.export.plan.code", "planning.export.plan.district", "planning.export.plan.criteria-met",
						"planning.export.plan.met", "planning.export.plan.recognised"),
				rows);
	}

	/** Why a named target cannot be judged yet, as the plan page says it. */
	private String cannotTell(PlanProgress.NamedLine l) {
		if (l.cannotTell() == null) {
			return "";
		}
		return messages.text("planning.cannotTell." + l.cannotTell().name(), String.join("; ", l.thresholdsMissingIn()));
	}

	@PostMapping("/planning/plans/{unitCode}/{year}/targets/{targetId}/delete")
	String removeTarget(@PathVariable String unitCode, @PathVariable int year, @PathVariable long targetId,
			@RequestParam long version) {
		Plan plan = scope.plan(unitCode, year);
		plans.removeTarget(plan.id(), targetId, version);
		return "redirect:/planning/plans/" + unitCode + "/" + year;
	}

	@PostMapping("/planning/plans/{unitCode}/{year}/documents")
	String addDocument(@PathVariable String unitCode, @PathVariable int year, @RequestParam PlanDocument.Type type,
			@RequestParam(required = false) String number,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issued,
			@RequestParam(required = false) String title, @RequestParam long version) {
		Plan plan = scope.plan(unitCode, year);
		plans.addDocument(plan.id(),
				new PlanDocument(0, type, blankToNull(number), issued, null, blankToNull(title), null), version);
		return "redirect:/planning/plans/" + unitCode + "/" + year;
	}

	@PostMapping("/planning/plans")
	String create(@RequestParam String province, @RequestParam int year, @RequestParam String title) {
		plans.create(province, year, title);
		return "redirect:/planning/plans/" + province + "/" + year;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	static String nz(String a, String b) {
		return a == null ? b : a;
	}
}
