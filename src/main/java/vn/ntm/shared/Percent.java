package vn.ntm.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonValue;

/** A percentage as a number of per cent (42,5 means 42,5 %), exact; in JSON a plain number. */
public record Percent(@JsonValue BigDecimal value) implements Comparable<Percent> {

	public Percent {
		Objects.requireNonNull(value, "percent");
	}

	public static Percent of(String text) {
		BigDecimal v = VietnameseFormat.parse(text);
		if (v == null) {
			throw new IllegalArgumentException("not a percentage: " + text);
		}
		return new Percent(v);
	}

	/** {@code part} of {@code whole} in per cent, with {@code scale} decimals; null when the whole is zero. */
	public static Percent ratio(long part, long whole, int scale) {
		if (whole == 0) {
			return null;
		}
		return new Percent(BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
			.divide(BigDecimal.valueOf(whole), scale, RoundingMode.HALF_UP));
	}

	public boolean isWithinZeroToHundred() {
		return value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0;
	}

	/** 42,5 % (42.5% in English). */
	public String format(Locale locale) {
		boolean en = locale != null && "en".equals(locale.getLanguage());
		return VietnameseFormat.number(value, locale) + (en ? "%" : " %");
	}

	@Override
	public int compareTo(Percent other) {
		return value.compareTo(other.value);
	}
}
