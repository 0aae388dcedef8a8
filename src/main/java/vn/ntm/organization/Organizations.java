package vn.ntm.organization;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The organization module's entry point: who the province's organizations are, which criteria each department
 * answers for, and which units each department or sponsor supports.
 */
public interface Organizations {

	Optional<Organization> find(long id);

	Optional<Organization> findByShortCode(String provinceCode, String shortCode);

	/** Every organization of the province, ordered by kind then name. */
	List<Organization> all(String provinceCode);

	/** The provinces that have organizations recorded, by code (a province merged in 2025 keeps its own). */
	List<String> provinces();

	/**
	 * Criterion numbers of {@code setCode} the organization answers for, as lead or supporting department, whether
	 * for the whole criterion or for one of its indicators.
	 */
	Set<Integer> assignedCriteria(long organizationId, String setCode);

	/** The lead department of a criterion (the whole-criterion assignment) in a province. */
	Optional<Organization> leadDepartmentFor(String setCode, int criterionNumber, String provinceCode);

	/** Codes of the units the organization supports or sponsors in {@code year}. */
	Set<String> supportedUnits(long organizationId, int year);

	/** Codes of the units the organization supports or sponsors in any year. */
	Set<String> supportedUnits(long organizationId);

	List<CriterionAssignment> criterionAssignments(String provinceCode, String setCode);

	List<SupportAssignment> supportAssignments(String provinceCode, int year);

	/** Records an organization (audited); returns its id. */
	long create(Organization organization);

	/** Records that an organization supports or sponsors a unit in a year (audited); returns the assignment's id. */
	long addSupportAssignment(SupportAssignment assignment);

	/**
	 * Adds the province's usual organizations and criterion assignments from its reference data
	 * ({@code reference/organizations/<code>.csv}), each to be confirmed by the province; what already exists (by
	 * short code, and by criterion) is left as it is.
	 *
	 * @throws IllegalArgumentException when there is no reference data for the province
	 */
	void loadReference(String provinceCode);
}
