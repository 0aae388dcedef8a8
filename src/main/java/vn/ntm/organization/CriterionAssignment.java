package vn.ntm.organization;

import java.util.Set;

/**
 * A criterion of a set (or a single indicator of it, when {@code indicatorCode} is set) assigned to a lead department
 * and optional supporting ones in a province.
 */
public record CriterionAssignment(long id, String provinceCode, String setCode, int criterionNumber,
		String indicatorCode, long leadOrganizationId, Set<Long> supportingOrganizationIds, AssignmentStatus status,
		long version) {
}
