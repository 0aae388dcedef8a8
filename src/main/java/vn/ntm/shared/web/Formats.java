package vn.ntm.shared.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.ntm.shared.Period;

/**
 * Numbers and dates as the user reads them, for templates ({@code ${@fmt.decimal(x)}}): Vietnamese 1.234 · 15,88 ·
 * 15/03/2023 by default, English 1,234 · 15.88 · 15/03/2023 with {@code ?lang=en}.
 */
@Component("fmt")
public class Formats {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	/** An integer with thousands separators: 1.234. */
	public String integer(Number n) {
		return n == null ? "" : format(n, "#,##0", RoundingMode.HALF_UP);
	}

	/** A number with exactly two decimals: 15,88. */
	public String decimal(Number n) {
		return n == null ? "" : format(n, "#,##0.00", RoundingMode.HALF_UP);
	}

	/** A number with as many decimals as it has (up to 4): 85 · 12,5. */
	public String number(Number n) {
		return n == null ? "" : format(n, "#,##0.####", RoundingMode.HALF_UP);
	}

	/**
	 * A stored value as text: plain numbers ("12.5") shown with the user's decimal separator, other texts unchanged.
	 */
	public String value(String text) {
		if (text == null) {
			return "";
		}
		if (text.matches("-?\\d+(\\.\\d+)?")) {
			return number(new BigDecimal(text));
		}
		return text;
	}

	public String date(TemporalAccessor date) {
		if (date == null) {
			return "";
		}
		if (date instanceof OffsetDateTime t) {
			return DATE_TIME.format(t.atZoneSameInstant(VIETNAM));
		}
		if (date instanceof java.time.Instant i) {
			return DATE_TIME.format(i.atZone(VIETNAM));
		}
		return DATE.format(date);
	}

	public String date(LocalDate date) {
		return date == null ? "" : DATE.format(date);
	}

	/** A period as users write it: 2023 · Quý 2/2023 · Tháng 05/2023 (English: Q2 2023 · 05/2023). */
	public String period(Object period) {
		if (period == null) {
			return "";
		}
		Period p = period instanceof Period q ? q : Period.parse(period.toString());
		boolean vi = !"en".equals(locale().getLanguage());
		return switch (p.kind()) {
			case YEAR -> String.valueOf(p.year());
			case QUARTER -> vi ? "Quý " + p.number() + "/" + p.year() : "Q" + p.number() + " " + p.year();
			case MONTH -> (vi ? "Tháng " : "") + "%02d/%d".formatted(p.number(), p.year());
		};
	}

	private static String format(Number n, String pattern, RoundingMode rounding) {
		DecimalFormat f = new DecimalFormat(pattern, symbols(locale()));
		f.setRoundingMode(rounding);
		return f.format(n instanceof BigDecimal b ? b : new BigDecimal(n.toString()));
	}

	private static DecimalFormatSymbols symbols(Locale locale) {
		DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(Locale.ROOT);
		boolean en = "en".equals(locale.getLanguage());
		s.setDecimalSeparator(en ? '.' : ',');
		s.setGroupingSeparator(en ? ',' : '.');
		return s;
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}
