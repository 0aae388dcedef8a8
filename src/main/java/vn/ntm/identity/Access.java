package vn.ntm.identity;

import java.util.Set;

import vn.ntm.geography.AdministrativeUnit;

/**
 * Authorization decisions for the current user, scoped to units and assigned criteria. Every module asks here
 * before reading or writing unit data, and filters its queries with {@link #readablePaths()}; a denied write is
 * answered 403 and changes nothing. In-process tasks (reference and demo loading) run with the authority
 * {@code ROLE_SYSTEM}, which no user or token can hold, and pass every check.
 */
public interface Access {

	/** The signed-in user's name, or {@code anonymous}. */
	String currentUsername();

	/** True when the current user may read this unit's data. */
	boolean canRead(AdministrativeUnit unit);

	/**
	 * True when the current user may record a value of the indicator of {@code criterionNumber} in {@code setCode}
	 * for this unit: coordination office and admins anywhere in their province, district and commune officers in
	 * their area, department officers only for the criteria assigned to their department.
	 */
	boolean canWriteValue(AdministrativeUnit unit, String setCode, int criterionNumber);

	/** True when the current user configures the province (criteria set versions, plans, assignments, users). */
	boolean canManage(String provinceCode);

	/**
	 * True when the current user may read the province's organizations and assignments: who configures it, or who
	 * reads any unit in it (a commune officer of the province, a sponsor of one of its communes).
	 */
	default boolean canReadProvince(String provinceCode) {
		return provinceCode != null && (canManage(provinceCode) || readablePaths().stream()
				.anyMatch(p -> p.equals("/") || p.startsWith("/" + provinceCode + "/")));
	}

	/** True when the current user configures every province and the national data (a system admin). */
	boolean managesEverything();

	/** The provinces the current user configures (the coordination office's own); all of them: see {@link #managesEverything()}. */
	Set<String> managedProvinces();

	/**
	 * Hierarchy paths (e.g. {@code /62/}) whose units the current user may read; queries filter on
	 * {@code path LIKE p || '%'}. Empty for a user who may read nothing; contains "/" for a system-wide reader.
	 */
	Set<String> readablePaths();
}
