package vn.ntm.reporting.internal;

import vn.ntm.geography.AdministrativeUnit;

/**
 * A province's name as the consolidated report writes it: in full with its unit type ("Tỉnh Kon Tum") in the issuing
 * body, without it ("Kon Tum") before the date line. The types are those of the administrative units' official names.
 */
final class ProvinceNames {

	private static final String DEFAULT_TYPE = "Tỉnh";
	private static final String[] TYPE_PREFIXES = { "Tỉnh ", "Thành phố " };

	private ProvinceNames() {
	}

	static String fullName(AdministrativeUnit province) {
		String name = province.name();
		String type = province.type() == null ? DEFAULT_TYPE : province.type();
		return name.startsWith(type) ? name : type + " " + name;
	}

	static String place(AdministrativeUnit province) {
		String name = province.name();
		for (String prefix : TYPE_PREFIXES) {
			if (name.startsWith(prefix)) {
				return name.substring(prefix.length());
			}
		}
		return name;
	}
}
