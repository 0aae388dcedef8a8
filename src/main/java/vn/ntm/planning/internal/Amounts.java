package vn.ntm.planning.internal;

import java.math.BigDecimal;
import java.util.List;

import vn.ntm.planning.EntryRejected;
import vn.ntm.shared.Money;
import vn.ntm.shared.VietnameseFormat;

/**
 * Reads money and KPI values typed the Vietnamese way ("1.250.000.000", "52,3"), adding a reason naming the field
 * for each one it cannot take. A comma is the decimal mark, so "1,250,000,000" is refused rather than guessed.
 */
final class Amounts {

	/** NUMERIC(20, 0) of planning_sponsorship. */
	private static final BigDecimal MAX_VND = new BigDecimal("1e20");
	/** NUMERIC(18, 4) of planning_kpi_value. */
	private static final BigDecimal MAX_KPI = new BigDecimal("1e14");

	private Amounts() {
	}

	/** A whole, non-negative number of đồng, or null with a reason added. */
	static Money vnd(String text, String field, List<EntryRejected.Reason> reasons) {
		BigDecimal n = number(text, field, reasons);
		if (n == null) {
			return null;
		}
		if (n.stripTrailingZeros().scale() > 0) {
			return reject(field, "not-whole", reasons);
		}
		if (n.compareTo(MAX_VND) >= 0) {
			return reject(field, "too-large", reasons);
		}
		return new Money(n);
	}

	/** A non-negative KPI value with at most four decimals (a share at most 100 when the unit is %), or null. */
	static BigDecimal kpi(String text, String unitOfMeasure, String field, List<EntryRejected.Reason> reasons) {
		BigDecimal n = number(text, field, reasons);
		if (n == null) {
			return null;
		}
		if (n.stripTrailingZeros().scale() > 4) {
			return reject(field, "too-precise", reasons);
		}
		if ("%".equals(unitOfMeasure == null ? null : unitOfMeasure.strip())
				&& n.compareTo(BigDecimal.valueOf(100)) > 0) {
			return reject(field, "over-100", reasons);
		}
		if (n.compareTo(MAX_KPI) >= 0) {
			return reject(field, "too-large", reasons);
		}
		return n;
	}

	private static BigDecimal number(String text, String field, List<EntryRejected.Reason> reasons) {
		if (text == null || text.isBlank()) {
			return reject(field, "required", reasons);
		}
		String s = text.strip();
		// "đ" and "VND" are what people type after an amount; a percent sign is read by VietnameseFormat.parse
		s = s.replaceFirst("(?i)\\s*(đ|đồng|vnd)$", "");
		BigDecimal n = s.matches("[-+]?[\\d.,\\s\\u00A0%]+") ? VietnameseFormat.parse(s) : null;
		if (n == null) {
			return reject(field, "not-a-number", reasons);
		}
		if (n.signum() < 0) {
			return reject(field, "negative", reasons);
		}
		return n;
	}

	private static <T> T reject(String field, String code, List<EntryRejected.Reason> reasons) {
		reasons.add(new EntryRejected.Reason(field, code));
		return null;
	}
}
