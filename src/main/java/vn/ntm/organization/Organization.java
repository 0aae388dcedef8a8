package vn.ntm.organization;

import java.time.LocalDate;

/**
 * A department, the coordination office, a People's Committee or a sponsor in a province.
 *
 * @param unitCode  the administrative unit a People's Committee governs, else null
 * @param toConfirm seeded from the usual sector split and not yet confirmed by the province
 * @param demo      part of the demo data set
 * @param validFrom first day in force, null when open (in force since before the records)
 * @param validTo   last day in force, null when still in force
 */
public record Organization(long id, String provinceCode, OrganizationKind kind, String name, String shortCode,
		String unitCode, boolean toConfirm, boolean demo, long version, LocalDate validFrom, LocalDate validTo) {

	/** An organization with open validity (in force from before the records, not ended). */
	public Organization(long id, String provinceCode, OrganizationKind kind, String name, String shortCode,
			String unitCode, boolean toConfirm, boolean demo, long version) {
		this(id, provinceCode, kind, name, shortCode, unitCode, toConfirm, demo, version, null, null);
	}

	/** True when the organization is in force on {@code date} (both ends inclusive). */
	public boolean inForceOn(LocalDate date) {
		return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
	}

	/** True when it ended before {@code date}. */
	public boolean endedBefore(LocalDate date) {
		return validTo != null && validTo.isBefore(date);
	}

	/** The same organization at another version (to compare what changed). */
	public Organization withVersion(long version) {
		return new Organization(id, provinceCode, kind, name, shortCode, unitCode, toConfirm, demo, version, validFrom,
				validTo);
	}
}
