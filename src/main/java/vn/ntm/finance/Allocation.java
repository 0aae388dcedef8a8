package vn.ntm.finance;

import vn.ntm.shared.Money;

/**
 * A year's capital of one source allocated to a unit of the province (the province itself, a district, a commune),
 * optionally to a project.
 *
 * @param project null when the allocation is for the unit's programme as a whole
 */
public record Allocation(long id, String provinceCode, int year, CapitalSource source, String unitCode,
		String unitName, Project project, Money amount, long version) {
}
