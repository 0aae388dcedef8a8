package vn.ntm.reporting.document;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Numbers (1.234,50) and dates (dd/MM/yyyy) as Vietnamese documents write them; the words are in {@link DocumentText}. */
public final class VietnameseFormat {

	public static final Locale VI = Locale.forLanguageTag("vi-VN");
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private VietnameseFormat() {
	}

	public static String decimal(BigDecimal value) {
		if (value == null) {
			return "";
		}
		return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(VI)).format(value);
	}

	public static String date(LocalDate date) {
		return date == null ? "" : DATE.format(date);
	}
}
