package vn.ntm.geography;

/** The seven socio-economic regions whose thresholds the 2021–2025 criteria sets distinguish (Quyết định 318/QĐ-TTg). */
public enum Region {
	TDMNPB("Trung du và miền núi phía Bắc", "Northern Midlands and Mountains"),
	DBSH("Đồng bằng sông Hồng", "Red River Delta"),
	BTB("Bắc Trung Bộ", "North Central Coast"),
	DHNTB("Duyên hải Nam Trung Bộ", "South Central Coast"),
	TN("Tây Nguyên", "Central Highlands"),
	DNB("Đông Nam Bộ", "Southeast"),
	DBSCL("Đồng bằng sông Cửu Long", "Mekong River Delta");

	private final String nameVi;
	private final String nameEn;

	Region(String nameVi, String nameEn) {
		this.nameVi = nameVi;
		this.nameEn = nameEn;
	}

	public String nameVi() { return nameVi; }

	public String nameEn() { return nameEn; }
}
