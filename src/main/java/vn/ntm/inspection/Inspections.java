package vn.ntm.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import vn.ntm.tasks.Task;

/**
 * The inspection module's entry point. The coordination office plans; only the visit's team (users acting for one of
 * its organizations) records findings, recommends and closes; whoever reads the province reads. Writes are audited.
 */
public interface Inspections {

	InspectionPlan plan(NewPlan plan);

	List<InspectionPlan> plans(String provinceCode, int year);

	Optional<InspectionPlan> findPlan(long id);

	Visit addVisit(long planId, NewVisit visit);

	List<Visit> visits(long planId);

	Optional<Visit> findVisit(long id);

	Finding recordFinding(long visitId, NewFinding finding);

	List<Finding> findings(long visitId);

	/** A recommendation of the team becomes a task of its owner, due by the deadline, from the plan's document. */
	Task recommend(long findingId, NewRecommendation recommendation);

	/**
	 * Closes the finding when every task recommended is done.
	 *
	 * @throws InspectionRejected naming the tasks still open
	 */
	Finding close(long findingId, long expectedVersion);

	/** The evidence file of a finding the user may read: name and bytes. */
	Optional<Evidence> evidence(long findingId);

	record Evidence(String fileName, byte[] body) {
	}

	/** True when the current user acts for one of the visit's team organizations. */
	boolean inTeam(Visit visit);

	/** The province's findings of the year, open first, for the leader: by unit, and the share closed on time. */
	Standing standing(String provinceCode, int year);

	record NewPlan(String provinceCode, Integer year, String title, String documentNumber, LocalDate documentDate) {
	}

	record NewVisit(VisitKind kind, String unitCode, String topics, LocalDate plannedOn, Long leadOrgId,
			List<Long> teamOrgIds) {
	}

	record NewFinding(Integer criterion, String indicatorCode, String text, String reportedValue, Boolean valueHolds,
			String evidenceName, String evidenceType, byte[] evidence) {
	}

	record NewRecommendation(String text, Long ownerOrgId, LocalDate deadline) {
	}

	/**
	 * @param closedOnTime findings closed on or before the last deadline of their tasks
	 */
	record Standing(String provinceCode, int year, List<UnitFindings> units, int closed, int closedOnTime) {

		public Standing {
			units = List.copyOf(units);
		}

		public int open() {
			return units.stream().mapToInt(UnitFindings::open).sum();
		}
	}

	record UnitFindings(String unitCode, String unitName, int open, int closed) {
	}
}
