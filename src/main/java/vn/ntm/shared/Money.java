package vn.ntm.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An amount in Vietnamese đồng, exact (in JSON a plain number of đồng) (no floating point, no fractions of a đồng): sums, differences and rates are
 * computed on {@link BigDecimal}. Written 1.234.567.000, or in billions (96,0) in summaries.
 */
public record Money(@JsonValue BigDecimal dong) implements Comparable<Money> {

	public static final Money ZERO = new Money(BigDecimal.ZERO);
	private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000L);

	public Money {
		Objects.requireNonNull(dong, "amount");
		if (dong.stripTrailingZeros().scale() > 0) {
			throw new IllegalArgumentException("fractions of a dong: " + dong.toPlainString());
		}
		dong = dong.setScale(0, RoundingMode.UNNECESSARY);
	}

	public static Money dong(long amount) {
		return new Money(BigDecimal.valueOf(amount));
	}

	public Money plus(Money other) {
		return new Money(dong.add(other.dong));
	}

	public Money minus(Money other) {
		return new Money(dong.subtract(other.dong));
	}

	public boolean isNegative() {
		return dong.signum() < 0;
	}

	/** This amount as a share of {@code whole}, in per cent with one decimal; null when the whole is zero. */
	public Percent shareOf(Money whole) {
		if (whole.dong.signum() == 0) {
			return null;
		}
		return new Percent(dong.multiply(BigDecimal.valueOf(100)).divide(whole.dong, 1, RoundingMode.HALF_UP));
	}

	/** 1.234.567.000 (1,234,567,000 in English); the unit's name comes from the messages. */
	public String format(Locale locale) {
		return VietnameseFormat.integer(dong, locale);
	}

	/** In billions with one decimal, the way conclusions quote totals: 96,0 (tỷ đồng). */
	public String billions(Locale locale) {
		return VietnameseFormat.number(dong.divide(BILLION, 1, RoundingMode.HALF_UP), locale);
	}

	@Override
	public int compareTo(Money other) {
		return dong.compareTo(other.dong);
	}
}
