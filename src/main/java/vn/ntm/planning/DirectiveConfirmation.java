package vn.ntm.planning;

import java.time.LocalDate;
import java.util.List;

import vn.ntm.tasks.Recurrence;

/**
 * A directive's preview as the coordination office corrected it: the document, the target units kept per tier and
 * the tasks kept, each with the organizations chosen. Confirmed as a whole ({@link Directives#confirm}).
 *
 * @param year        the plan the targets go to; the directive's year when null
 * @param planVersion the plan version the user read, or null to take the current one
 */
public record DirectiveConfirmation(String provinceCode, Integer year, Long planVersion, String number,
		LocalDate date, String signer, String title, List<Targets> targets, List<TaskToAssign> tasks) {

	public DirectiveConfirmation {
		targets = targets == null ? List.of() : List.copyOf(targets);
		tasks = tasks == null ? List.of() : List.copyOf(tasks);
	}

	/** The units of one tier the user kept. */
	public record Targets(PlanTier tier, List<Unit> units) {

		public Targets {
			units = units == null ? List.of() : List.copyOf(units);
		}
	}

	/** @param sourceName the name as the directive writes it */
	public record Unit(String unitCode, String sourceName) {
	}

	/**
	 * A task kept: one task for each owner (a duty the directive gives "UBND các huyện" is each committee's own).
	 *
	 * @param until the last occurrence of a recurring task, or null for the end of the first deadline's year
	 */
	public record TaskToAssign(String title, List<Long> ownerOrgIds, List<Long> supportOrgIds, LocalDate deadline,
			Recurrence recurrence, LocalDate until) {

		public TaskToAssign {
			ownerOrgIds = ownerOrgIds == null ? List.of() : List.copyOf(ownerOrgIds);
			supportOrgIds = supportOrgIds == null ? List.of() : List.copyOf(supportOrgIds);
		}
	}

	/**
	 * What a confirmation stored: the named targets added to the plan and the tasks assigned (every occurrence).
	 *
	 * @param alreadyInPlan codes of the units kept that the plan already had for their tier (not added again)
	 */
	public record Confirmed(long planId, String provinceCode, int year, List<Target.Named> targets,
			List<String> alreadyInPlan, List<vn.ntm.tasks.Task> tasks) {
	}
}
