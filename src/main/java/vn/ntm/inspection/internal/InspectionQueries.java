package vn.ntm.inspection.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Geography;
import vn.ntm.inspection.Finding;
import vn.ntm.inspection.InspectionPlan;
import vn.ntm.inspection.Inspections.Standing;
import vn.ntm.inspection.Inspections.UnitFindings;
import vn.ntm.inspection.Visit;
import vn.ntm.tasks.Task;
import vn.ntm.tasks.Tasks;

/** The read side: plans, visits with their units' names, findings, and the leader's view of the year. */
@Component
class InspectionQueries {

	private final InspectionStore store;
	private final InspectionRights rights;
	private final Geography geography;
	private final Tasks tasks;
	private final Clock clock;

	InspectionQueries(InspectionStore store, InspectionRights rights, Geography geography, Tasks tasks, Clock clock) {
		this.store = store;
		this.rights = rights;
		this.geography = geography;
		this.tasks = tasks;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	@Transactional(readOnly = true)
	List<InspectionPlan> plans(String province, int year) {
		rights.requireReader(province);
		return store.plans(province, year);
	}

	@Transactional(readOnly = true)
	Optional<InspectionPlan> plan(long id) {
		Optional<InspectionPlan> plan = store.plan(id);
		plan.ifPresent(p -> rights.requireReader(p.provinceCode()));
		return plan;
	}

	@Transactional(readOnly = true)
	List<Visit> visits(long planId) {
		return plan(planId).map(p -> store.visits(planId).stream().map(this::named).toList()).orElse(List.of());
	}

	@Transactional(readOnly = true)
	Optional<Visit> visit(long id) {
		Optional<Visit> visit = store.visit(id);
		visit.ifPresent(v -> rights.requireReader(v.provinceCode()));
		return visit.map(this::named);
	}

	@Transactional(readOnly = true)
	List<Finding> findings(long visitId) {
		return visit(visitId).map(v -> store.findings(visitId)).orElse(List.of());
	}

	@Transactional(readOnly = true)
	Optional<vn.ntm.inspection.Inspections.Evidence> evidence(long findingId) {
		Optional<Finding> finding = store.finding(findingId);
		if (finding.isEmpty() || visit(finding.get().visitId()).isEmpty()) {
			return Optional.empty();
		}
		return store.evidence(findingId);
	}

	boolean inTeam(Visit visit) {
		return rights.inTeam(visit, today());
	}

	@Transactional(readOnly = true)
	Standing standing(String province, int year) {
		rights.requireReader(province);
		LocalDate today = today();
		Map<String, int[]> byUnit = new LinkedHashMap<>();
		int closed = 0;
		int onTime = 0;
		for (Finding f : store.findingsOf(province, year)) {
			int[] counts = byUnit.computeIfAbsent(f.unitCode(), k -> new int[2]);
			if (f.closed()) {
				counts[1]++;
				closed++;
				LocalDate due = f.taskIds().stream().map(tasks::find).flatMap(Optional::stream).map(Task::deadline)
					.max(Comparator.naturalOrder()).orElse(f.closedOn());
				onTime += f.closedOn().isAfter(due) ? 0 : 1;
			}
			else {
				counts[0]++;
			}
		}
		List<UnitFindings> units = new ArrayList<>();
		byUnit.forEach((code, c) -> units.add(new UnitFindings(code,
				geography.findLatest(code, today).map(AdministrativeUnit::name).orElse(code), c[0], c[1])));
		units.sort(Comparator.comparingInt(UnitFindings::open).reversed().thenComparing(UnitFindings::unitName));
		return new Standing(province, year, units, closed, onTime);
	}

	private Visit named(Visit v) {
		String name = geography.findLatest(v.unitCode(), v.plannedOn()).map(AdministrativeUnit::name).orElse(v.unitCode());
		return new Visit(v.id(), v.planId(), v.provinceCode(), v.kind(), v.unitCode(), name, v.topics(), v.plannedOn(),
				v.visitedOn(), v.leadOrgId(), v.teamOrgIds(), v.version());
	}
}
