package vn.ntm.shared;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A reporting period: a year ({@code 2023}), a quarter ({@code 2023-Q2}) or a month ({@code 2023-05}).
 * Values are recorded per period; a period's {@link #end()} decides which unit and criteria set were in force.
 */
public record Period(Kind kind, int year, int number) implements Comparable<Period> {

	public enum Kind { YEAR, QUARTER, MONTH }

	private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?");

	public Period {
		if (year < 1900 || year > 2200) {
			throw new IllegalArgumentException("year out of range: " + year);
		}
		switch (kind) {
			case YEAR -> { if (number != 0) throw new IllegalArgumentException("a year has no number"); }
			case QUARTER -> { if (number < 1 || number > 4) throw new IllegalArgumentException("quarter 1-4"); }
			case MONTH -> { if (number < 1 || number > 12) throw new IllegalArgumentException("month 1-12"); }
		}
	}

	/** Parses {@code 2023}, {@code 2023-Q2} or {@code 2023-05}; throws {@link IllegalArgumentException} otherwise. */
	@JsonCreator
	public static Period parse(String text) {
		Matcher m = FORMAT.matcher(text == null ? "" : text.trim());
		if (!m.matches()) {
			throw new IllegalArgumentException("malformed period '" + text + "' (expected 2023, 2023-Q2 or 2023-05)");
		}
		int year = Integer.parseInt(m.group(1));
		if (m.group(2) != null) return quarter(year, Integer.parseInt(m.group(2)));
		if (m.group(3) != null) return month(year, Integer.parseInt(m.group(3)));
		return year(year);
	}

	public static boolean isValid(String text) {
		try {
			parse(text);
			return true;
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}

	public static Period year(int year) { return new Period(Kind.YEAR, year, 0); }

	public static Period quarter(int year, int quarter) { return new Period(Kind.QUARTER, year, quarter); }

	public static Period month(int year, int month) { return new Period(Kind.MONTH, year, month); }

	public static Period of(YearMonth month) { return month(month.getYear(), month.getMonthValue()); }

	public LocalDate start() {
		return switch (kind) {
			case YEAR -> LocalDate.of(year, 1, 1);
			case QUARTER -> LocalDate.of(year, (number - 1) * 3 + 1, 1);
			case MONTH -> LocalDate.of(year, number, 1);
		};
	}

	public LocalDate end() {
		return switch (kind) {
			case YEAR -> LocalDate.of(year, 12, 31);
			case QUARTER -> YearMonth.of(year, number * 3).atEndOfMonth();
			case MONTH -> YearMonth.of(year, number).atEndOfMonth();
		};
	}

	public boolean contains(Period other) {
		return !other.start().isBefore(start()) && !other.end().isAfter(end());
	}

	/** The period just before this one, of the same kind. */
	public Period previous() {
		return switch (kind) {
			case YEAR -> year(year - 1);
			case QUARTER -> number == 1 ? quarter(year - 1, 4) : quarter(year, number - 1);
			case MONTH -> number == 1 ? month(year - 1, 12) : month(year, number - 1);
		};
	}

	@Override
	public int compareTo(Period o) {
		int c = end().compareTo(o.end());
		return c != 0 ? c : Integer.compare(o.kind.ordinal(), kind.ordinal());
	}

	@Override
	@JsonValue
	public String toString() {
		return switch (kind) {
			case YEAR -> String.valueOf(year);
			case QUARTER -> year + "-Q" + number;
			case MONTH -> "%d-%02d".formatted(year, number);
		};
	}
}
