package vn.ntm.planning.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ntm.criteria.CriteriaEngine;
import vn.ntm.identity.Access;
import vn.ntm.planning.Plan;
import vn.ntm.planning.PlanTier;
import vn.ntm.planning.Plans;
import vn.ntm.planning.Target;

/**
 * The coordination office adds the aggregate and KPI targets of a plan from its documents ("7 more NTM communes",
 * "households on central water supply ≥ 50% by 2025"). A target with a problem is not added; the page shows every
 * problem by field with what was typed.
 */
@Controller
class PlanTargetPages {

	private final Plans plans;
	private final PlanScope scope;
	private final Access access;
	private final FieldMessages messages;

	PlanTargetPages(Plans plans, PlanScope scope, Access access, FieldMessages messages) {
		this.plans = plans;
		this.scope = scope;
		this.access = access;
		this.messages = messages;
	}

	private Plan managedPlan(String unitCode, int year) {
		Plan plan = scope.plan(unitCode, year);
		if (!access.canManage(plan.provinceCode())) {
			throw new AccessDeniedException("only the coordination office changes plans");
		}
		return plan;
	}

	@PostMapping("/planning/plans/{unitCode}/{year}/kpi-targets")
	String addKpi(@PathVariable String unitCode, @PathVariable int year, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		Plan plan = managedPlan(unitCode, year);
		Map<String, String> errors = new LinkedHashMap<>();
		String indicator = required(form, "indicator", "planning.kpi.indicator", 300, errors);
		String unit = form.getOrDefault("unitOfMeasure", "").strip();
		Target.Bound bound = enumValue(Target.Bound.class, form.get("bound"), "bound", "planning.kpi.target", errors);
		BigDecimal target = number(form, "targetValue", "planning.kpi.target", true, errors);
		LocalDate deadline = date(form, "deadline", "planning.deadline", errors);
		BigDecimal baseline = number(form, "baselineValue", "planning.kpi.baseline.value", false, errors);
		Integer baselineYear = year(form, "baselineYear", "planning.kpi.baseline.year", errors);
		if (!errors.isEmpty()) {
			return back(unitCode, year, "kpiTargetErrors", "kpiTargetForm", errors, form, redirect);
		}
		plans.addTargets(plan.id(), List.of(new Target.Kpi(0, indicator, unit, bound, target, deadline, baseline,
				baselineYear, blankToNull(form.get("note")))), version(form));
		return "redirect:/planning/plans/" + unitCode + "/" + year + "#kpis";
	}

	@PostMapping("/planning/plans/{unitCode}/{year}/aggregate-targets")
	String addAggregate(@PathVariable String unitCode, @PathVariable int year, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		Plan plan = managedPlan(unitCode, year);
		Map<String, String> errors = new LinkedHashMap<>();
		String description = required(form, "description", "planning.aggregate.description", 500, errors);
		PlanTier tier = enumValue(PlanTier.class, form.get("tier"), "tier", "planning.aggregate.tier", errors);
		Target.Measure measure = enumValue(Target.Measure.class, form.get("measure"), "measure",
				"planning.aggregate.measure", errors);
		Integer count = whole(form, "count", "planning.aggregate.count", errors);
		Integer ofTotal = whole(form, "ofTotal", "planning.aggregate.ofTotal", errors);
		BigDecimal percent = number(form, "percent", "planning.aggregate.percent", false, errors);
		if (percent != null && percent.compareTo(BigDecimal.valueOf(100)) > 0) {
			errors.put("percent", messages.text("planning.error.over-100", label("planning.aggregate.percent")));
		}
		if (measure != null && errors.isEmpty()) {
			switch (measure) {
				case MORE_UNITS -> requireValue(count, "count", "planning.aggregate.count", errors);
				case UNITS_OF_TOTAL -> {
					requireValue(count, "count", "planning.aggregate.count", errors);
					requireValue(ofTotal, "ofTotal", "planning.aggregate.ofTotal", errors);
					if (count != null && ofTotal != null && count > ofTotal) {
						errors.put("count", messages.text("planning.error.count-over-total",
								label("planning.aggregate.count"), label("planning.aggregate.ofTotal")));
					}
				}
				case SHARE_OF_UNITS -> requireValue(percent, "percent", "planning.aggregate.percent", errors);
			}
		}
		LocalDate deadline = date(form, "deadline", "planning.deadline", errors);
		if (!errors.isEmpty()) {
			return back(unitCode, year, "aggregateErrors", "aggregateForm", errors, form, redirect);
		}
		plans.addTargets(plan.id(), List.of(new Target.Aggregate(0, tier, measure, description, plan.provinceCode(),
				count, ofTotal, percent, blankToNull(form.get("indicator")), deadline, blankToNull(form.get("note")))),
				version(form));
		return "redirect:/planning/plans/" + unitCode + "/" + year + "#aggregates";
	}

	private static String back(String unitCode, int year, String errorsName, String formName,
			Map<String, String> errors, Map<String, String> form, RedirectAttributes redirect) {
		redirect.addFlashAttribute(errorsName, errors);
		redirect.addFlashAttribute(formName, form);
		return "redirect:/planning/plans/" + unitCode + "/" + year + "#" + formName;
	}

	private long version(Map<String, String> form) {
		try {
			return Long.parseLong(form.getOrDefault("version", ""));
		}
		catch (NumberFormatException e) {
			throw new org.springframework.web.server.ResponseStatusException(
					org.springframework.http.HttpStatus.BAD_REQUEST, "version");
		}
	}

	private String label(String key) {
		return messages.text(key);
	}

	private String required(Map<String, String> form, String field, String labelKey, int maxLength,
			Map<String, String> errors) {
		String value = form.getOrDefault(field, "").strip();
		if (value.isEmpty()) {
			errors.put(field, messages.text("planning.error.required", label(labelKey)));
		}
		else if (value.length() > maxLength) {
			errors.put(field, messages.text("planning.error.too-long", label(labelKey)));
		}
		return value;
	}

	private void requireValue(Object value, String field, String labelKey, Map<String, String> errors) {
		if (value == null) {
			errors.put(field, messages.text("planning.error.required", label(labelKey)));
		}
	}

	private <E extends Enum<E>> E enumValue(Class<E> type, String text, String field, String labelKey,
			Map<String, String> errors) {
		try {
			return Enum.valueOf(type, text == null ? "" : text.strip());
		}
		catch (IllegalArgumentException e) {
			errors.put(field, messages.text("planning.error.required", label(labelKey)));
			return null;
		}
	}

	private BigDecimal number(Map<String, String> form, String field, String labelKey, boolean required,
			Map<String, String> errors) {
		String text = form.getOrDefault(field, "").strip();
		if (text.isEmpty()) {
			if (required) {
				errors.put(field, messages.text("planning.error.required", label(labelKey)));
			}
			return null;
		}
		BigDecimal value = CriteriaEngine.parseNumber(text);
		if (value == null) {
			errors.put(field, messages.text("planning.error.not-a-number", label(labelKey)));
		}
		else if (value.signum() < 0) {
			errors.put(field, messages.text("planning.error.negative", label(labelKey)));
		}
		return value;
	}

	private Integer whole(Map<String, String> form, String field, String labelKey, Map<String, String> errors) {
		BigDecimal value = number(form, field, labelKey, false, errors);
		if (value == null) {
			return null;
		}
		if (value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.valueOf(100_000)) > 0) {
			errors.put(field, messages.text("planning.error.not-a-count", label(labelKey)));
			return null;
		}
		return value.intValueExact();
	}

	private Integer year(Map<String, String> form, String field, String labelKey, Map<String, String> errors) {
		Integer year = whole(form, field, labelKey, errors);
		if (year != null && (year < 2000 || year > 2100)) {
			errors.put(field, messages.text("planning.error.year-range", label(labelKey)));
			return null;
		}
		return year;
	}

	private LocalDate date(Map<String, String> form, String field, String labelKey, Map<String, String> errors) {
		String text = form.getOrDefault(field, "").strip();
		if (text.isEmpty()) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException e) {
			errors.put(field, messages.text("planning.error.not-a-date", label(labelKey)));
			return null;
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
