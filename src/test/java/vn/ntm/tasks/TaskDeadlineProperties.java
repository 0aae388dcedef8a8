package vn.ntm.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import vn.ntm.tasks.internal.TaskDeadlines;

/** A monthly duty, whatever its first day and length: one occurrence a month, on its day or the month's last. */
class TaskDeadlineProperties {

	@Property
	void monthlyOccurrencesKeepTheirDayEachMonthUntilTheEnd(@ForAll @IntRange(min = 1, max = 31) int day,
			@ForAll @IntRange(min = 1, max = 12) int month, @ForAll @IntRange(min = 0, max = 30) int monthsMore) {
		YearMonth first = YearMonth.of(2026, month);
		LocalDate start = first.atDay(Math.min(day, first.lengthOfMonth()));
		LocalDate until = YearMonth.from(start).plusMonths(monthsMore).atEndOfMonth();
		List<LocalDate> d = TaskDeadlines.of(start, Recurrence.MONTHLY, until);
		assertThat(d).hasSize(monthsMore + 1).isSorted().doesNotHaveDuplicates();
		for (int k = 0; k < d.size(); k++) {
			YearMonth m = first.plusMonths(k);
			assertThat(YearMonth.from(d.get(k))).isEqualTo(m);
			boolean lastDay = start.getDayOfMonth() == start.lengthOfMonth();
			assertThat(d.get(k).getDayOfMonth())
				.isEqualTo(lastDay ? m.lengthOfMonth() : Math.min(start.getDayOfMonth(), m.lengthOfMonth()));
		}
	}
}
