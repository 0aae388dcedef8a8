package vn.ntm.identity;

import java.util.Map;
import java.util.Optional;

import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Region;
import vn.ntm.geography.UnitLevel;

/**
 * A hand-built slice of Kon Tum with decoy branches: district 610 beside 615, a made-up district 6150 whose path
 * shares the prefix "/62/615" without being under /62/615/, and a commune of another province.
 */
public final class KonTumUnits {

	public static final AdministrativeUnit KON_TUM = unit("62", "Tỉnh Kon Tum", UnitLevel.PROVINCE, "/62/");
	public static final AdministrativeUnit DAK_HA = unit("615", "Huyện Đắk Hà", UnitLevel.DISTRICT, "/62/615/");
	public static final AdministrativeUnit DAK_MAR = unit("23512", "Xã Đắk Mar", UnitLevel.COMMUNE, "/62/615/23512/");
	public static final AdministrativeUnit DAK_UI = unit("23509", "Xã Đắk Ui", UnitLevel.COMMUNE, "/62/615/23509/");
	public static final AdministrativeUnit NGOK_WANG = unit("23515", "Xã Ngok Wang", UnitLevel.COMMUNE, "/62/615/23515/");
	public static final AdministrativeUnit DAK_GLEI = unit("610", "Huyện Đắk Glei", UnitLevel.DISTRICT, "/62/610/");
	public static final AdministrativeUnit DAK_BLO = unit("23344", "Xã Đắk Blô", UnitLevel.COMMUNE, "/62/610/23344/");
	public static final AdministrativeUnit DECOY_6150 = unit("61509", "Xã Giả", UnitLevel.COMMUNE, "/62/6150/61509/");
	public static final AdministrativeUnit OTHER_PROVINCE = unit("18100", "Xã Khác", UnitLevel.COMMUNE, "/42/436/18100/");

	/** Đăk Mar's code after the 2025 reform: a commune of Quảng Ngãi, no district. */
	public static final AdministrativeUnit DAK_MAR_2025 = new AdministrativeUnit("23512", "Xã Đăk Mar", "Xã",
			UnitLevel.COMMUNE, "51", "/51/23512/", java.time.LocalDate.of(2025, 7, 1), null, Region.DHNTB, false);

	private static final Map<String, AdministrativeUnit> BY_CODE = Map.of("62", KON_TUM, "615", DAK_HA, "23512",
			DAK_MAR, "23509", DAK_UI, "23515", NGOK_WANG, "610", DAK_GLEI, "23344", DAK_BLO, "61509", DECOY_6150,
			"18100", OTHER_PROVINCE);

	private KonTumUnits() {
	}

	public static Optional<AdministrativeUnit> byCode(String code) {
		return Optional.ofNullable(BY_CODE.get(code));
	}

	/** Every row of the code, as {@code Geography.versions} gives them. */
	public static java.util.List<AdministrativeUnit> versions(String code) {
		if ("23512".equals(code)) {
			return java.util.List.of(DAK_MAR, DAK_MAR_2025);
		}
		return byCode(code).stream().toList();
	}

	private static AdministrativeUnit unit(String code, String name, UnitLevel level, String path) {
		String[] parts = path.split("/");
		String parent = parts.length > 2 ? parts[parts.length - 2] : null;
		return new AdministrativeUnit(code, name, level == UnitLevel.COMMUNE ? "Xã" : "Huyện", level, parent, path,
				null, null, Region.TN, false);
	}
}
