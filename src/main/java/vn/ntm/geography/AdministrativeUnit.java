package vn.ntm.geography;

import java.time.LocalDate;

/**
 * One administrative unit during one stretch of validity. The same code may appear in several rows (renamed, moved
 * to another district, or reused by a different unit after the 2025 reform); {@code (code, validFrom)} is unique.
 *
 * @param path                materialised hierarchy of codes, e.g. {@code /62/608/23281/}: used for scope and roll-up
 * @param validFrom           first day valid, or null when valid since before our records (2020)
 * @param validTo             last day valid, or null when still valid
 * @param region              the socio-economic region of the unit (from its province unless overridden)
 * @param especiallyDifficult especially difficult / safe-zone commune: evaluated against the TDMNPB thresholds
 */
public record AdministrativeUnit(String code, String name, String type, UnitLevel level, String parentCode,
		String path, LocalDate validFrom, LocalDate validTo, Region region, boolean especiallyDifficult) {

	/** A rural commune ("Xã"), the unit the commune criteria sets apply to; wards and townships are not. */
	public boolean isRuralCommune() {
		return level == UnitLevel.COMMUNE && "Xã".equals(type);
	}

	/** The region whose thresholds apply: especially difficult communes use the Northern Midlands ones (QĐ 318, Điều 1). */
	public Region evaluationRegion() {
		return especiallyDifficult ? Region.TDMNPB : region;
	}

	public boolean validOn(LocalDate date) {
		return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
	}

	public String provinceCode() {
		String[] parts = path.split("/");
		return parts.length > 1 ? parts[1] : code;
	}

	/** True when this unit is {@code ancestorPath}'s unit or lies below it. */
	public boolean isWithin(String ancestorPath) {
		return path.startsWith(ancestorPath);
	}
}
