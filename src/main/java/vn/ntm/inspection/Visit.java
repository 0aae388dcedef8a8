package vn.ntm.inspection;

import java.time.LocalDate;
import java.util.List;

/**
 * A visit of the plan to a unit by a team of organizations (the lead among them).
 *
 * @param visitedOn the day findings were first recorded, null while only planned
 */
public record Visit(long id, long planId, String provinceCode, VisitKind kind, String unitCode, String unitName,
		String topics, LocalDate plannedOn, LocalDate visitedOn, long leadOrgId, List<Long> teamOrgIds, long version) {

	public Visit {
		teamOrgIds = List.copyOf(teamOrgIds);
	}
}
