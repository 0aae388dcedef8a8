package vn.ntm.assessment;

import java.util.List;

/**
 * Values of some units were recorded, changed or cleared for one period and criteria set; published by the one write
 * path once per set and period (in chunks of at most {@link #MAX_UNITS} unit codes, so a large import stays within
 * the event publication registry's column), after the values and their history were written.
 *
 * @param unitCodes the units whose values changed
 * @param period    the period as text ({@code 2023}, {@code 2023-06}, ...)
 * @param setCode   the criteria set
 */
public record ValuesRecorded(List<String> unitCodes, String period, String setCode) {

	/** The most unit codes one event carries. */
	public static final int MAX_UNITS = 500;

	public ValuesRecorded {
		unitCodes = List.copyOf(unitCodes);
	}
}
