package vn.ntm.inspection.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.ntm.inspection.Finding;
import vn.ntm.inspection.InspectionPlan;
import vn.ntm.inspection.Inspections;
import vn.ntm.inspection.Visit;
import vn.ntm.tasks.Task;

/** The module's entry point, each operation a use case of its own. */
@Component
class InspectionService implements Inspections {

	private final PlanInspections planning;
	private final RecordFindings findings;
	private final InspectionQueries queries;

	InspectionService(PlanInspections planning, RecordFindings findings, InspectionQueries queries) {
		this.planning = planning;
		this.findings = findings;
		this.queries = queries;
	}

	@Override
	public InspectionPlan plan(NewPlan plan) {
		return planning.plan(plan);
	}

	@Override
	public List<InspectionPlan> plans(String provinceCode, int year) {
		return queries.plans(provinceCode, year);
	}

	@Override
	public Optional<InspectionPlan> findPlan(long id) {
		return queries.plan(id);
	}

	@Override
	public Visit addVisit(long planId, NewVisit visit) {
		return planning.addVisit(planId, visit);
	}

	@Override
	public List<Visit> visits(long planId) {
		return queries.visits(planId);
	}

	@Override
	public Optional<Visit> findVisit(long id) {
		return queries.visit(id);
	}

	@Override
	public Finding recordFinding(long visitId, NewFinding finding) {
		return findings.record(visitId, finding);
	}

	@Override
	public List<Finding> findings(long visitId) {
		return queries.findings(visitId);
	}

	@Override
	public Task recommend(long findingId, NewRecommendation recommendation) {
		return findings.recommend(findingId, recommendation);
	}

	@Override
	public Finding close(long findingId, long expectedVersion) {
		return findings.close(findingId, expectedVersion);
	}

	@Override
	public Optional<Evidence> evidence(long findingId) {
		return queries.evidence(findingId);
	}

	@Override
	public boolean inTeam(Visit visit) {
		return queries.inTeam(visit);
	}

	@Override
	public Standing standing(String provinceCode, int year) {
		return queries.standing(provinceCode, year);
	}
}
