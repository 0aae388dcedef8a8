package vn.ntm.shared;

import java.util.Objects;

/**
 * The GSO code of an administrative unit: "62" (province), "615" (district), "23512" (commune). A code names every
 * row of that code over time (a code reused after the 2025 reform names the old and the new unit); the unit in force
 * on a date is the geography module's answer.
 */
public record UnitCode(String value) implements Comparable<UnitCode> {

	public UnitCode {
		Objects.requireNonNull(value, "unit code");
		value = value.strip();
		if (value.isEmpty() || !value.chars().allMatch(Character::isDigit)) {
			throw new IllegalArgumentException("not a unit code: " + value);
		}
	}

	public static UnitCode of(String value) {
		return new UnitCode(value);
	}

	/** Null for null: for optional parameters. */
	public static UnitCode ofNullable(String value) {
		return value == null || value.isBlank() ? null : new UnitCode(value);
	}

	@Override
	public int compareTo(UnitCode other) {
		return value.compareTo(other.value);
	}

	@Override
	public String toString() {
		return value;
	}
}
