package vn.ntm.shared.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.springframework.stereotype.Component;

import vn.ntm.shared.Period;
import vn.ntm.shared.VietnamTime;
import vn.ntm.shared.VietnameseFormat;
import vn.ntm.shared.platform.Messages;

/**
 * Numbers and dates as the user reads them, for templates ({@code ${@fmt.decimal(x)}}): Vietnamese 1.234 · 15,88 ·
 * 15/03/2023 by default, English 1,234 · 15.88 · 15/03/2023 with {@code ?lang=en}.
 */
@Component("fmt")
public class Formats {

	static final ZoneId VIETNAM = VietnamTime.ZONE;
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	/** An integer with thousands separators: 1.234. */
	public String integer(Number n) {
		return VietnameseFormat.integer(n, locale());
	}

	/** A number with exactly two decimals: 15,88. */
	public String decimal(Number n) {
		return VietnameseFormat.decimal(n, locale());
	}

	/** A number with as many decimals as it has (up to 4): 85 · 12,5. */
	public String number(Number n) {
		return VietnameseFormat.number(n, locale());
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
		return switch (p.kind()) {
			case YEAR -> String.valueOf(p.year());
			case QUARTER -> word("format.period.quarter", String.valueOf(p.number()), String.valueOf(p.year()));
			case MONTH -> word("format.period.month", "%02d".formatted(p.number()), String.valueOf(p.year()));
		};
	}

	private static String word(String key, Object... args) {
		ResourceBundle bundle = ResourceBundle.getBundle("i18n/messages", locale(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		return MessageFormat.format(bundle.getString(key), args);
	}

	private static Locale locale() {
		return Messages.locale();
	}
}
