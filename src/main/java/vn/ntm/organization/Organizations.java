package vn.ntm.organization;

import java.io.InputStream;
import java.time.LocalDate;
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

	/** Every organization of the province, ordered by kind then name, whatever its validity. */
	List<Organization> all(String provinceCode);

	/** The organizations of the province in force on {@code asOf}, ordered by kind then name. */
	List<Organization> all(String provinceCode, LocalDate asOf);

	/** Who took over from the organization when it ended (empty while it is in force). */
	List<Succession> successors(long id);

	/** Whom the organization took over from. */
	List<Succession> predecessors(long id);

	/**
	 * Who answers for the organization on {@code asOf}: itself when in force on that day, else its successors in force
	 * on that day (followed through successive mergers); empty before it existed or when it ended without successor.
	 */
	List<Organization> inForce(long id, LocalDate asOf);

	/** The provinces that have organizations recorded, by code (a province merged in 2025 keeps its own). */
	List<String> provinces();

	/**
	 * Criterion numbers of {@code setCode} the organization answers for, as lead or supporting department, whether
	 * for the whole criterion or for one of its indicators.
	 */
	Set<Integer> assignedCriteria(long organizationId, String setCode);

	/**
	 * Criterion numbers of {@code setCode} the organization answers for on {@code asOf}: its own assignments while in
	 * force, plus those of the predecessors that ended before {@code asOf} (taken over from the effective date).
	 * Empty when the organization is not in force on {@code asOf}.
	 */
	Set<Integer> assignedCriteria(long organizationId, String setCode, LocalDate asOf);

	/** The lead department of a criterion (the whole-criterion assignment) in a province. */
	Optional<Organization> leadDepartmentFor(String setCode, int criterionNumber, String provinceCode);

	/**
	 * The lead department of a criterion in a province on {@code asOf}: the assigned one while in force, after it
	 * ended its successor in force on that day (the first recorded when there are several), possibly in another
	 * province. A date before the end gives the old department, under its old name.
	 */
	Optional<Organization> leadDepartmentFor(String setCode, int criterionNumber, String provinceCode,
			LocalDate asOf);

	/** Codes of the units the organization supports or sponsors in {@code year}. */
	Set<String> supportedUnits(long organizationId, int year);

	/** Codes of the units the organization supports or sponsors in any year. */
	Set<String> supportedUnits(long organizationId);

	List<CriterionAssignment> criterionAssignments(String provinceCode, String setCode);

	List<SupportAssignment> supportAssignments(String provinceCode, int year);

	/** Records an organization (audited); returns its id. */
	long create(Organization organization);

	/**
	 * Ends an organization on {@code lastDay}, its successors taking over from the next day (audited). Refused
	 * ({@link OrganizationsRefused}) when the last day is before its first, a successor is unknown, itself, not in
	 * force the next day, or would close a cycle of successors; {@link OrganizationChangedConcurrently} when it was
	 * changed meanwhile.
	 */
	void end(long id, LocalDate lastDay, List<Long> successorIds);

	/**
	 * Imports the province's organizations from the sheet of the downloadable template, upserting by short code with
	 * their validity, successors and criterion assignments (audited). Refused as a whole ({@link OrganizationsRefused},
	 * each problem naming its row and column) when any row is wrong; nothing is stored then.
	 *
	 * @return how many organizations the sheet held
	 */
	int importWorkbook(String provinceCode, InputStream workbook);

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
