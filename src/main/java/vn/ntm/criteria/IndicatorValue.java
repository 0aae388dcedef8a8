package vn.ntm.criteria;

import java.math.BigDecimal;

/** A recorded value: a number (numbers and percentages) or a text (yes/no as "Đạt"/"Không đạt", a choice). */
public record IndicatorValue(BigDecimal number, String text) {

	public static IndicatorValue of(BigDecimal number) { return new IndicatorValue(number, null); }

	public static IndicatorValue of(String text) { return new IndicatorValue(null, text); }

	public static IndicatorValue of(boolean met) { return new IndicatorValue(null, met ? Status.MET_TEXT : Status.NOT_MET_TEXT); }

	public boolean isEmpty() {
		return number == null && (text == null || text.isBlank());
	}

	@Override
	public String toString() {
		return number != null ? number.stripTrailingZeros().toPlainString() : text;
	}

	/** The literal texts of the yes/no indicators. */
	public static final class Status {
		public static final String MET_TEXT = "Đạt";
		public static final String NOT_MET_TEXT = "Không đạt";

		private Status() {
		}
	}
}
