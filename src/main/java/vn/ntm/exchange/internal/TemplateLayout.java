package vn.ntm.exchange.internal;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Where things are in a values template; the meta sheet repeats the row numbers so a reader never guesses. The data
 * and thresholds sheets are named in the workbook's language ({@code exchange.template.sheet.*}); the import finds the
 * data sheet by its name in any of them.
 */
public final class TemplateLayout {

	public static final String FORMAT = "ntm-values-template";
	public static final String LAYOUT_VERSION = "1";
	/** The data sheet's name in a template produced in Vietnamese, the default. */
	public static final String DATA_SHEET = inVietnamese("sheet.data");
	/** The thresholds sheet's name in a template produced in Vietnamese, the default. */
	public static final String THRESHOLD_SHEET = inVietnamese("sheet.thresholds");
	public static final String META_SHEET = "_meta";

	/** 0-based rows of the data sheet. */
	public static final int TITLE_ROW = 0;
	public static final int CODE_ROW = 1;
	public static final int NAME_ROW = 2;
	public static final int UNIT_ROW = 3;
	public static final int THRESHOLD_ROW = 4;
	public static final int FIRST_DATA_ROW = 5;

	public static final int UNIT_CODE_COLUMN = 0;
	public static final int UNIT_NAME_COLUMN = 1;
	public static final int DISTRICT_COLUMN = 2;
	public static final int FIRST_INDICATOR_COLUMN = 3;

	public static final String KEY_FORMAT = "format";
	public static final String KEY_LAYOUT = "layout";
	public static final String KEY_UNIT = "unit";
	public static final String KEY_PERIOD = "period";
	public static final String KEY_SET = "set";
	public static final String KEY_SET_VERSION = "set-version";
	public static final String KEY_CODE_ROW = "code-row";
	public static final String KEY_FIRST_DATA_ROW = "first-data-row";
	public static final String KEY_GENERATED_BY = "generated-by";
	public static final String KEY_GENERATED_AT = "generated-at";

	private static String inVietnamese(String key) {
		return ResourceBundle.getBundle("i18n/exchange", Locale.of("vi"),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
			.getString("exchange.template." + key);
	}

	private TemplateLayout() {
	}
}
