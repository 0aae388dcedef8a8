package vn.ntm.planning.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.planning.GapAnalysis;
import vn.ntm.planning.KpiValue;
import vn.ntm.planning.KpiValues;
import vn.ntm.planning.Plan;
import vn.ntm.planning.PlanProgress;
import vn.ntm.planning.Plans;
import vn.ntm.planning.UnitNameMatch;
import vn.ntm.shared.Period;

/**
 * Plans, progress, gaps, name matching and KPI values. Reading needs {@code Access.canRead} of the unit asked for; a
 * district's plan is its province's plan with the targets in the district only (no KPIs). Recording a KPI value
 * needs {@code Access.canManage} of the plan's province (coordination office, system admin): 201, 422 with the
 * errors by field, 403 and nothing stored otherwise.
 */
@RestController
class PlansApi {

	private final Plans plans;
	private final KpiValues kpiValues;
	private final PlanScope scope;
	private final FieldMessages messages;

	PlansApi(Plans plans, KpiValues kpiValues, PlanScope scope, FieldMessages messages) {
		this.plans = plans;
		this.kpiValues = kpiValues;
		this.scope = scope;
		this.messages = messages;
	}

	@GetMapping("/api/v1/plans/{unitCode}/{year}")
	Plan planOf(@PathVariable String unitCode, @PathVariable int year) {
		return scope.plan(unitCode, year);
	}

	@GetMapping("/api/v1/plans/{unitCode}/{year}/progress")
	PlanProgress progress(@PathVariable String unitCode, @PathVariable int year,
			@RequestParam(required = false) String period) {
		return plans.progress(scope.plan(unitCode, year), PlanScope.period(period, year));
	}

	/** @param value a number as text in Vietnamese format ("52,3") or a JSON number */
	record KpiValueBody(Integer year, String period, String value, String source) {
	}

	@GetMapping("/api/v1/plans/{unitCode}/{year}/kpis/{targetId}/values")
	List<KpiValue> kpiValues(@PathVariable String unitCode, @PathVariable int year, @PathVariable long targetId) {
		Plan plan = scope.plan(unitCode, year);
		if (plan.kpis().stream().noneMatch(k -> k.id() == targetId)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, messages.text("planning.problem.unknown-target", String.valueOf(targetId)));
		}
		return kpiValues.history(plan).get(targetId);
	}

	@PostMapping("/api/v1/plans/{unitCode}/{year}/kpis/{targetId}/values")
	ResponseEntity<KpiValue> recordKpiValue(@PathVariable String unitCode, @PathVariable int year,
			@PathVariable long targetId, @RequestBody KpiValueBody body) {
		AdministrativeUnit unit = scope.readable(unitCode, LocalDate.of(year, 12, 31));
		KpiValue saved = kpiValues.record(unit.provinceCode(), year, targetId,
				new KpiValues.Input(body.year(), body.period(), body.value(), body.source()));
		return ResponseEntity.status(HttpStatus.CREATED).body(saved);
	}

	@GetMapping("/api/v1/units/{code}/gaps")
	GapAnalysis.Report gaps(@PathVariable String code, @RequestParam(required = false) String period,
			@RequestParam(required = false) String set) {
		Period p = PlanScope.period(period, scope.thisYear());
		scope.readable(code, p.end());
		return plans.gaps(code, p, set == null || set.isBlank() ? null : set);
	}

	@PostMapping(path = "/api/v1/units/match", consumes = "text/plain")
	List<UnitNameMatch> match(@RequestBody String text, @RequestParam(required = false) String province,
			@RequestParam(required = false) LocalDate asOf) {
		return plans.match(text, asOf == null ? scope.today() : asOf, province);
	}

	/** The list to match, as JSON: {@code {"text": "…"}}. */
	record MatchBody(String text) {
	}

	@PostMapping(path = "/api/v1/units/match", consumes = "application/json")
	List<UnitNameMatch> match(@RequestBody MatchBody body, @RequestParam(required = false) String province,
			@RequestParam(required = false) LocalDate asOf) {
		return match(body == null || body.text() == null ? "" : body.text(), province, asOf);
	}
}
