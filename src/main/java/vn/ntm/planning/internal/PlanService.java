package vn.ntm.planning.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import vn.ntm.planning.GapAnalysis;
import vn.ntm.planning.Plan;
import vn.ntm.planning.PlanDocument;
import vn.ntm.planning.PlanProgress;
import vn.ntm.planning.Plans;
import vn.ntm.planning.Target;
import vn.ntm.planning.TodoItem;
import vn.ntm.planning.UnitNameMatch;
import vn.ntm.shared.Period;

/** The module's entry point: reads plans and hands every operation to the use case that does it. */
@Service
class PlanService implements Plans {

	private final PlanStore store;
	private final EditPlan edit;
	private final AnalyseGaps gaps;
	private final MeasureProgress progress;
	private final ListDepartmentTasks tasks;
	private final MatchUnitNames names;

	PlanService(PlanStore store, EditPlan edit, AnalyseGaps gaps, MeasureProgress progress, ListDepartmentTasks tasks,
			MatchUnitNames names) {
		this.store = store;
		this.edit = edit;
		this.gaps = gaps;
		this.progress = progress;
		this.tasks = tasks;
		this.names = names;
	}

	@Override
	public Optional<Plan> find(String provinceCode, int year) {
		return store.find(provinceCode, year);
	}

	@Override
	public Optional<Plan> find(long planId) {
		return store.find(planId);
	}

	@Override
	public List<Plan> all(String provinceCode) {
		return store.all(provinceCode);
	}

	@Override
	public Plan create(String provinceCode, int year, String title) {
		return edit.create(provinceCode, year, title);
	}

	@Override
	public Plan update(long planId, String title, long expectedVersion) {
		return edit.update(planId, title, expectedVersion);
	}

	@Override
	public Plan addDocument(long planId, PlanDocument document, long expectedVersion) {
		return edit.addDocument(planId, document, expectedVersion);
	}

	@Override
	public Plan removeDocument(long planId, long documentId, long expectedVersion) {
		return edit.removeDocument(planId, documentId, expectedVersion);
	}

	@Override
	public Plan addTargets(long planId, List<Target> targets, long expectedVersion) {
		return edit.addTargets(planId, targets, expectedVersion);
	}

	@Override
	public Plan removeTarget(long planId, long targetId, long expectedVersion) {
		return edit.removeTarget(planId, targetId, expectedVersion);
	}

	@Override
	public void delete(long planId, long expectedVersion) {
		edit.delete(planId, expectedVersion);
	}

	@Override
	public GapAnalysis.Report gaps(String unitCode, Period period, String setCode) {
		return gaps.of(unitCode, period, setCode);
	}

	@Override
	public List<GapAnalysis.Report> gaps(Plan plan, Period period) {
		return gaps.of(plan, period);
	}

	@Override
	public List<TodoItem> todo(long organizationId, Plan plan, Period period) {
		return tasks.of(organizationId, plan, period);
	}

	@Override
	public PlanProgress progress(Plan plan, Period period) {
		return progress.of(plan, period);
	}

	@Override
	public List<UnitNameMatch> match(String text, LocalDate asOf, String provinceCode) {
		return names.match(text, asOf, provinceCode);
	}
}
