package vn.ntm.geography;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The seven socio-economic regions whose thresholds the 2021–2025 criteria sets distinguish (Quyết định 318/QĐ-TTg).
 * Their names are reference data in the geography bundle ({@code geography.region.<code>}).
 */
public enum Region {
	TDMNPB, DBSH, BTB, DHNTB, TN, DNB, DBSCL;

	private static final ResourceBundle.Control EXACT = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	public String nameVi() {
		return name(Locale.forLanguageTag("vi"));
	}

	public String nameEn() {
		return name(Locale.ENGLISH);
	}

	private String name(Locale locale) {
		return ResourceBundle.getBundle("i18n/geography", locale, EXACT).getString("geography.region." + name());
	}
}
