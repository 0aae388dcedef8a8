package vn.ntm.organization;

/**
 * A department, the coordination office, a People's Committee or a sponsor in a province.
 *
 * @param unitCode  the administrative unit a People's Committee governs, else null
 * @param toConfirm seeded from the usual sector split and not yet confirmed by the province
 * @param demo      part of the demo data set
 */
public record Organization(long id, String provinceCode, OrganizationKind kind, String name, String shortCode,
		String unitCode, boolean toConfirm, boolean demo, long version) {
}
