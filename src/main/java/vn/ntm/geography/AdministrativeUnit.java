package vn.ntm.geography;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Properties;

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

	/** The type of a rural commune as the reference lists write it, read from {@code geography/unit-types.properties}. */
	public static final String RURAL_COMMUNE_TYPE = unitTypes().getProperty("rural-commune");

	/** A rural commune (Xã), the unit the commune criteria sets apply to; wards and townships are not. */
	public boolean isRuralCommune() {
		return level == UnitLevel.COMMUNE && RURAL_COMMUNE_TYPE.equals(type);
	}

	private static Properties unitTypes() {
		Properties p = new Properties();
		try (var in = AdministrativeUnit.class.getResourceAsStream("/geography/unit-types.properties")) {
			p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return p;
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
