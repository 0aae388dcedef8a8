package vn.ntm.assessment;

import java.util.List;

/**
 * Values of some units were recorded, changed or cleared for a criteria set; published by the one write path once
 * per set and write (in chunks of at most {@link #MAX_UNITS} unit codes, so a large import stays within the event
 * publication registry's column), after the values and their history were written. One event for all the periods
 * of a write, so that a year of monthly figures is one rebuild of each unit's status, not twelve.
 *
 * @param unitCodes the units whose values changed
 * @param periods   the periods written, as text ({@code 2023}, {@code 2023-06}, ...), oldest first
 * @param setCode   the criteria set
 */
public record ValuesRecorded(List<String> unitCodes, List<String> periods, String setCode) {

	/** The most unit codes one event carries. */
	public static final int MAX_UNITS = 500;

	public ValuesRecorded {
		unitCodes = List.copyOf(unitCodes);
		periods = List.copyOf(periods);
	}
}
