package vn.ntm.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one place numbers and dates are written for people: Vietnamese 1.234,5 · 15/03/2023 by default, English
 * 1,234.5 with an English locale. Pages reach it through {@code shared.web.Formats} ({@code ${@fmt.decimal(x)}}),
 * documents and workbooks directly.
 */
public final class VietnameseFormat {

	public static final Locale VI = Locale.forLanguageTag("vi-VN");
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
	private static final Pattern BLANKS = Pattern.compile("[\\s\\u00A0\\u202F%]");
	private static final Pattern GROUPED = Pattern.compile("-?[1-9]\\d{0,2}(\\.\\d{3})+(,\\d+)?");

	private VietnameseFormat() {
	}

	/** An integer with thousands separators: 1.234. */
	public static String integer(Number n, Locale locale) {
		return n == null ? "" : format(n, "#,##0", locale);
	}

	/** Exactly two decimals: 15,88. */
	public static String decimal(Number n, Locale locale) {
		return n == null ? "" : format(n, "#,##0.00", locale);
	}

	/** As many decimals as the number has, up to four: 85 · 12,5. */
	public static String number(Number n, Locale locale) {
		return n == null ? "" : format(n, "#,##0.####", locale);
	}

	/** Exactly two decimals in Vietnamese: 1.234,50. */
	public static String decimal(BigDecimal value) {
		return decimal(value, VI);
	}

	public static String number(Number n) {
		return number(n, VI);
	}

	public static String date(TemporalAccessor date) {
		return date == null ? "" : DATE.format(date);
	}

	public static String date(LocalDate date) {
		return date == null ? "" : DATE.format(date);
	}

	public static String dateTime(TemporalAccessor dateTime) {
		return dateTime == null ? "" : DATE_TIME.format(dateTime);
	}

	/**
	 * A number as people type it: "12,5", "12.5", "1.234,5" (Vietnamese grouping), "95 %"; null when it is not a
	 * number. A dot is a thousands separator only in a grouped form ("1.234" = 1234, "1.5" = 1,5).
	 */
	public static BigDecimal parse(String text) {
		if (text == null) {
			return null;
		}
		String s = text;
		for (int i = 0; i < s.length(); i++) {
			char ch = s.charAt(i);
			if (ch == '%' || Character.isWhitespace(ch) || ch == '\u00A0' || ch == '\u202F') {
				s = BLANKS.matcher(s).replaceAll("");
				break;
			}
		}
		if (s.indexOf('.') >= 0 && GROUPED.matcher(s).matches()) {
			s = s.replace(".", "").replace(',', '.');
		}
		else {
			s = s.replace(',', '.');
		}
		if (s.isEmpty()) {
			return null;
		}
		try {
			return new BigDecimal(s);
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private static String format(Number n, String pattern, Locale locale) {
		DecimalFormat f = new DecimalFormat(pattern, symbols(locale));
		f.setRoundingMode(RoundingMode.HALF_UP);
		return f.format(n instanceof BigDecimal b ? b : new BigDecimal(n.toString()));
	}

	private static DecimalFormatSymbols symbols(Locale locale) {
		DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(Locale.ROOT);
		boolean en = locale != null && "en".equals(locale.getLanguage());
		s.setDecimalSeparator(en ? '.' : ',');
		s.setGroupingSeparator(en ? ',' : '.');
		return s;
	}
}
