package vn.ntm.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import vn.ntm.shared.Period;

/**
 * The planning module's entry point: the yearly plans of a province and their targets, the gaps of target units,
 * progress against the plan, and matching unit names pasted from a directive. Changes need
 * {@code Access.canManage(province)}, name the version they read (optimistic locking) and are audited.
 */
public interface Plans {

	Optional<Plan> find(String provinceCode, int year);

	Optional<Plan> find(long planId);

	/** Plans of a province, newest year first. */
	List<Plan> all(String provinceCode);

	/** Creates an empty plan for a province and year. */
	Plan create(String provinceCode, int year, String title);

	Plan update(long planId, String title, long expectedVersion);

	Plan addDocument(long planId, PlanDocument document, long expectedVersion);

	Plan removeDocument(long planId, long documentId, long expectedVersion);

	/** Adds targets at the end of the plan (ids of the given targets are ignored). */
	Plan addTargets(long planId, List<Target> targets, long expectedVersion);

	Plan removeTarget(long planId, long targetId, long expectedVersion);

	void delete(long planId, long expectedVersion);

	/**
	 * The gaps of a unit as of {@code period} for the tier a plan of that year sets it (standard when none), with the
	 * trend over the six months up to the period.
	 *
	 * @param setCode the criteria set, or null for the one the tier implies
	 */
	GapAnalysis.Report gaps(String unitCode, Period period, String setCode);

	/** Gap reports of every matched named commune target of the plan, as of {@code period}. */
	List<GapAnalysis.Report> gaps(Plan plan, Period period);

	/** The to-do list of a department: its unmet indicators in the plan's target units. */
	List<TodoItem> todo(long organizationId, Plan plan, Period period);

	PlanProgress progress(Plan plan, Period period);

	/** Matches the names of a pasted list against the units valid on {@code asOf}, within the province if given. */
	List<UnitNameMatch> match(String text, LocalDate asOf, String provinceCode);
}
