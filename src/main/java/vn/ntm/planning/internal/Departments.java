package vn.ntm.planning.internal;

import java.util.List;
import java.util.Optional;

import vn.ntm.planning.GapAnalysis;

/** What planning needs to know of the province's organizations. */
public interface Departments {

	/** The lead department of a criterion of a set in a province. */
	Optional<GapAnalysis.Responsible> lead(String setCode, int criterion, String provinceCode);

	Optional<GapAnalysis.Responsible> find(long organizationId);

	/** The province's departments (for choosing a to-do list). */
	List<GapAnalysis.Responsible> departments(String provinceCode);

	/** The province's sponsors. */
	List<GapAnalysis.Responsible> sponsors(String provinceCode);

	/** The district People's Committee of a district, if the province has it. */
	Optional<GapAnalysis.Responsible> districtCommittee(String provinceCode, String districtCode);

	/** Names of the organizations assigned to support (or sponsoring) a unit in a year. */
	List<String> supporters(String provinceCode, String unitCode, int year);

	/** Codes of the units an organization supports or sponsors in a year. */
	java.util.Set<String> supportedUnits(long organizationId, int year);

	/** The province's sponsors and the departments assigned to support units in the year, sponsors first. */
	List<GapAnalysis.Responsible> sponsorsAndSupporters(String provinceCode, int year);

	/** Names of the organizations supporting or sponsoring each unit of the province in the year, by unit code. */
	java.util.Map<String, List<String>> supportersByUnit(String provinceCode, int year);
}
