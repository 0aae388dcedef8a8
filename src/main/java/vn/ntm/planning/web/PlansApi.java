package vn.ntm.planning.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Geography;
import vn.ntm.identity.Access;
import vn.ntm.planning.GapAnalysis;
import vn.ntm.planning.KpiValue;
import vn.ntm.planning.KpiValues;
import vn.ntm.planning.Plan;
import vn.ntm.planning.PlanProgress;
import vn.ntm.planning.Plans;
import vn.ntm.planning.Target;
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
	private final Geography geography;
	private final Access access;

	PlansApi(Plans plans, KpiValues kpiValues, Geography geography, Access access) {
		this.plans = plans;
		this.kpiValues = kpiValues;
		this.geography = geography;
		this.access = access;
	}

	/**
	 * The province a user's planning pages open on: of the provinces they read, one with plans (a commune whose code
	 * survived the 2025 reform is read in its old and its new province; the plans are the old one's).
	 */
	String defaultProvince() {
		List<String> provinces = access.readablePaths().stream().map(p -> p.split("/")).filter(p -> p.length > 1)
			.map(p -> p[1]).distinct().sorted().toList();
		return provinces.stream().filter(p -> !plans.all(p).isEmpty()).findFirst()
			.orElse(provinces.isEmpty() ? "62" : provinces.getFirst());
	}

	AdministrativeUnit readable(String code, LocalDate asOf) {
		AdministrativeUnit unit = geography.findLatest(code, asOf)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có đơn vị mã " + code));
		if (!access.canRead(unit)) {
			throw new AccessDeniedException("unit outside scope");
		}
		return unit;
	}

	/** The plan of the unit's province, narrowed to the unit's targets when the unit is not the province. */
	Plan plan(String unitCode, int year) {
		AdministrativeUnit unit = readable(unitCode, LocalDate.of(year, 12, 31));
		Plan plan = plans.find(unit.provinceCode(), year)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"Chưa có kế hoạch năm " + year + " của tỉnh " + unit.provinceCode()));
		if (unit.code().equals(unit.provinceCode())) {
			return plan;
		}
		List<Target> within = plan.targets().stream().filter(t -> t instanceof Target.Named n && n.unitCode() != null
				&& geography.findLatest(n.unitCode(), LocalDate.of(year, 12, 31))
					.map(u -> u.isWithin(unit.path())).orElse(false))
			.toList();
		return new Plan(plan.id(), plan.provinceCode(), plan.year(), plan.title(), plan.reference(), plan.source(),
				plan.documents(), within, plan.version());
	}

	static Period period(String text, int fallbackYear) {
		if (text == null || text.isBlank()) {
			return Period.year(fallbackYear);
		}
		try {
			return Period.parse(text);
		}
		catch (IllegalArgumentException e) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
		}
	}

	@GetMapping("/api/v1/plans/{unitCode}/{year}")
	Plan planOf(@PathVariable String unitCode, @PathVariable int year) {
		return plan(unitCode, year);
	}

	@GetMapping("/api/v1/plans/{unitCode}/{year}/progress")
	PlanProgress progress(@PathVariable String unitCode, @PathVariable int year,
			@RequestParam(required = false) String period) {
		return plans.progress(plan(unitCode, year), period(period, year));
	}

	/** @param value a number as text in Vietnamese format ("52,3") or a JSON number */
	record KpiValueBody(Integer year, String period, String value, String source) {
	}

	@GetMapping("/api/v1/plans/{unitCode}/{year}/kpis/{targetId}/values")
	List<KpiValue> kpiValues(@PathVariable String unitCode, @PathVariable int year, @PathVariable long targetId) {
		Plan plan = plan(unitCode, year);
		if (plan.kpis().stream().noneMatch(k -> k.id() == targetId)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có chỉ tiêu " + targetId);
		}
		return kpiValues.history(plan).get(targetId);
	}

	@PostMapping("/api/v1/plans/{unitCode}/{year}/kpis/{targetId}/values")
	ResponseEntity<KpiValue> recordKpiValue(@PathVariable String unitCode, @PathVariable int year,
			@PathVariable long targetId, @RequestBody KpiValueBody body) {
		AdministrativeUnit unit = readable(unitCode, LocalDate.of(year, 12, 31));
		KpiValue saved = kpiValues.record(unit.provinceCode(), year, targetId,
				new KpiValues.Input(body.year(), body.period(), body.value(), body.source()));
		return ResponseEntity.status(HttpStatus.CREATED).body(saved);
	}

	@GetMapping("/api/v1/units/{code}/gaps")
	GapAnalysis.Report gaps(@PathVariable String code, @RequestParam(required = false) String period,
			@RequestParam(required = false) String set) {
		Period p = period(period, LocalDate.now().getYear());
		readable(code, p.end());
		return plans.gaps(code, p, set == null || set.isBlank() ? null : set);
	}

	@PostMapping(path = "/api/v1/units/match", consumes = { "text/plain", "application/json" })
	List<UnitNameMatch> match(@RequestBody String text, @RequestParam(required = false) String province,
			@RequestParam(required = false) LocalDate asOf) {
		return plans.match(text, asOf == null ? LocalDate.now() : asOf, province);
	}
}
