package vn.ntm.geography;

/** Tier of an administrative unit. Since 1 July 2025 there is no district tier; the hierarchy is data, not code. */
public enum UnitLevel {
	PROVINCE, DISTRICT, COMMUNE, VILLAGE;

	public static UnitLevel parse(String text) {
		return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
	}
}
