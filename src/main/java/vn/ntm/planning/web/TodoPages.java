package vn.ntm.planning.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.ntm.planning.Plans;
import vn.ntm.planning.TodoItem;
import vn.ntm.planning.internal.Departments;
import vn.ntm.shared.Period;

/** A department's to-do list in a province's plan, and its export; needs read access to the province. */
@Controller
class TodoPages {

	static final String TODO_LIST = "planning/todo";

	private final Plans plans;
	private final PlanScope scope;
	private final Departments directory;
	private final FieldMessages messages;

	TodoPages(Plans plans, PlanScope scope, Departments directory, FieldMessages messages) {
		this.plans = plans;
		this.scope = scope;
		this.directory = directory;
		this.messages = messages;
	}

	private List<TodoItem> items(Long org, String province, int year, Period period) {
		return org == null ? List.of()
				: plans.find(province, year).map(plan -> plans.todo(org, plan, period)).orElse(List.of());
	}

	@GetMapping("/planning/todo")
	String todo(@RequestParam(required = false) Long org, @RequestParam(required = false) String province,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String period, Model model) {
		String prov = scope.province(province);
		int y = year == null ? scope.latestPlanYear(prov) : year;
		scope.readable(prov, LocalDate.of(y, 12, 31));
		Period p = scope.periodOrFollowed(period, y);
		model.addAttribute("departments", directory.departments(prov));
		model.addAttribute("org", org);
		model.addAttribute("year", y);
		model.addAttribute("province", prov);
		model.addAttribute("period", p);
		model.addAttribute("department", org == null ? null : directory.find(org).orElse(null));
		model.addAttribute("items", items(org, prov, y, p));
		return TODO_LIST;
	}

	@GetMapping("/planning/todo.xlsx")
	ResponseEntity<byte[]> todoExcel(@RequestParam long org, @RequestParam String province, @RequestParam int year,
			@RequestParam(required = false) String period) {
		scope.readable(province, LocalDate.of(year, 12, 31));
		Period p = scope.periodOrFollowed(period, year);
		List<List<Object>> rows = new ArrayList<>();
		for (TodoItem i : items(org, province, year, p)) {
			rows.add(List.of(i.unitName(), i.unitCode(), messages.text("planning.tier." + i.tier().name()),
					i.criterion() + ". " + i.criterionName(), i.indicatorCode() + " " + PlanPages.nz(i.indicatorName(), ""),
					PlanPages.nz(i.value(), ""), PlanPages.nz(i.threshold(), ""), messages.text(i.gap())));
		}
		String title = messages.text("planning.export.todo.title");
		return Workbooks.download("viec-can-lam-" + org + "-" + year + ".xlsx",
				Workbooks.table(messages, title, "planning.export.todo.unit", "planning.export.todo.code",
						"planning.export.todo.target", "planning.export.todo.criterion", "planning.export.todo.indicator",
						"planning.export.todo.value", "planning.export.todo.threshold", "planning.export.todo.gap"),
				rows);
	}
}
