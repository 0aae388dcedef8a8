package vn.ntm.shared;

import java.util.Objects;

/** An indicator's code within its criteria set: "2.1", "17.8", "KM2". */
public record IndicatorCode(String value) implements Comparable<IndicatorCode> {

	public IndicatorCode {
		Objects.requireNonNull(value, "indicator code");
		value = value.strip();
		if (value.isEmpty()) {
			throw new IllegalArgumentException("empty indicator code");
		}
	}

	public static IndicatorCode of(String value) {
		return new IndicatorCode(value);
	}

	/** The criterion it belongs to: "17" for "17.8"; the whole code when it has no dot. */
	public String criterion() {
		int dot = value.indexOf('.');
		return dot < 0 ? value : value.substring(0, dot);
	}

	/** Orders "2.10" after "2.9": numerically part by part, then as text. */
	@Override
	public int compareTo(IndicatorCode other) {
		String[] a = value.split("\\.");
		String[] b = other.value.split("\\.");
		for (int i = 0; i < Math.min(a.length, b.length); i++) {
			int c = a[i].matches("\\d+") && b[i].matches("\\d+")
					? Integer.compare(Integer.parseInt(a[i]), Integer.parseInt(b[i])) : a[i].compareTo(b[i]);
			if (c != 0) {
				return c;
			}
		}
		return Integer.compare(a.length, b.length);
	}

	@Override
	public String toString() {
		return value;
	}
}
