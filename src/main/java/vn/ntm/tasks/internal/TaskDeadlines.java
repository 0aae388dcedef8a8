package vn.ntm.tasks.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import vn.ntm.tasks.Recurrence;

/** The deadlines of a duty: one, or for a recurring one every occurrence up to an end date. */
public final class TaskDeadlines {

	/** At most ten years of a monthly duty: a wrong end date cannot fill the table. */
	static final int MAX_OCCURRENCES = 120;

	private TaskDeadlines() {
	}

	/**
	 * Every occurrence from {@code first} to {@code until} (the end of the first deadline's year when null), keeping
	 * the day of the month: "before the 20th of each month" stays on the 20th, the last day of a month stays the last
	 * day, the 31st falls on the 30th (or the 28th) in shorter months.
	 */
	public static List<LocalDate> of(LocalDate first, Recurrence recurrence, LocalDate until) {
		if (recurrence == null) {
			return List.of(first);
		}
		LocalDate end = until != null ? until : LocalDate.of(first.getYear(), 12, 31);
		boolean lastDay = first.getDayOfMonth() == first.lengthOfMonth();
		YearMonth month0 = YearMonth.from(first);
		List<LocalDate> deadlines = new ArrayList<>();
		for (int k = 0; k < MAX_OCCURRENCES; k++) {
			YearMonth month = month0.plusMonths((long) k * recurrence.months());
			int day = lastDay ? month.lengthOfMonth() : Math.min(first.getDayOfMonth(), month.lengthOfMonth());
			LocalDate d = month.atDay(day);
			if (d.isAfter(end)) {
				break;
			}
			deadlines.add(d);
		}
		return deadlines;
	}
}
