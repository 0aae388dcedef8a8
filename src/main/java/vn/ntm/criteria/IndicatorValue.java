package vn.ntm.criteria;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

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

	/** The literal texts of the yes/no indicators, as stored: read once from {@code criteria/yes-no.properties}. */
	public static final class Status {
		private static final Properties TEXTS = load();
		public static final String MET_TEXT = TEXTS.getProperty("met");
		public static final String NOT_MET_TEXT = TEXTS.getProperty("not-met");

		private Status() {
		}

		private static Properties load() {
			Properties p = new Properties();
			try (var in = IndicatorValue.class.getResourceAsStream("/criteria/yes-no.properties")) {
				p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			return p;
		}
	}
}
