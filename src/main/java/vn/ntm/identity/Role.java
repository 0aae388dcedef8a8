package vn.ntm.identity;

/**
 * What a user may do, each held with a scope. Spring Security sees them as authorities {@code ROLE_<name>}, so
 * pages and endpoints may say {@code hasRole('COORDINATION_OFFICE')}; unit- and criterion-level decisions go through
 * {@link Access}.
 */
public enum Role {
	/** Everything, everywhere; scope unused. */
	SYSTEM_ADMIN,
	/** Văn phòng điều phối: reads, writes and configures one province; scope: province code. */
	COORDINATION_OFFICE,
	/** Sở, ban ngành: reads its province, writes the criteria assigned to the department; scope: organization id. */
	DEPARTMENT_OFFICER,
	/** UBND huyện: reads and writes the district's communes; scope: district code. */
	DISTRICT_OFFICER,
	/** UBND xã: reads and writes its commune and villages; scope: commune code. */
	COMMUNE_OFFICER,
	/** Lãnh đạo: reads a unit's subtree, writes nothing; scope: unit code. */
	LEADER,
	/** Đơn vị đỡ đầu: reads the units it supports; scope: organization id. */
	SPONSOR;

	public String authority() {
		return "ROLE_" + name();
	}
}
