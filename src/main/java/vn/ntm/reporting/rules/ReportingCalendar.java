package vn.ntm.reporting.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import vn.ntm.reporting.Timeliness.Status;

// Chỉ thị của UBND tỉnh Kon Tum về Chương trình MTQG xây dựng NTM: báo cáo trước ngày 15 hằng tháng, VPĐP tổng hợp trước ngày 20
/**
 * Due dates of the monthly reporting regime. "Before day {@code dueDay}" with {@code dueInclusive = false} means the
 * last on-time day is {@code dueDay - 1}; every instant is judged on the local calendar of {@code zone}.
 */
public record ReportingCalendar(ZoneId zone, int dueDay, boolean dueInclusive, int consolidationDueDay,
		int dueMonthOffset) {

	public ReportingCalendar {
		if (dueDay < 1 || dueDay > 31 || consolidationDueDay < 1 || consolidationDueDay > 31) {
			throw new IllegalArgumentException("due days must be 1-31");
		}
		if (!dueInclusive && (dueDay == 1 || consolidationDueDay == 1)) {
			throw new IllegalArgumentException("'before day 1' would fall in the previous month; use due-inclusive");
		}
		if (dueMonthOffset < 0 || dueMonthOffset > 2) {
			throw new IllegalArgumentException("due-month-offset must be 0-2");
		}
	}

	/** Kon Tum's regime: before the 15th (by the 14th) and before the 20th of the following month, Vietnam time. */
	public static ReportingCalendar konTum() {
		return new ReportingCalendar(ZoneId.of("Asia/Ho_Chi_Minh"), 15, false, 20, 1);
	}

	/** March, June, September and December reports carry the fuller quarter-end content. */
	public static boolean isQuarterEnd(YearMonth month) {
		return month.getMonthValue() % 3 == 0;
	}

	/** The last local day on which a reporter's report of {@code month} is on time. */
	public LocalDate lastOnTimeDay(YearMonth month) {
		return lastDay(month, dueDay);
	}

	/** The last local day on which the coordination office's consolidated report of {@code month} is on time. */
	public LocalDate consolidationLastOnTimeDay(YearMonth month) {
		return lastDay(month, consolidationDueDay);
	}

	private LocalDate lastDay(YearMonth month, int day) {
		YearMonth dueMonth = month.plusMonths(dueMonthOffset);
		// a due day past the month's end (31 in February) means the month's last day
		LocalDate named = dueMonth.atDay(Math.min(day, dueMonth.lengthOfMonth()));
		return dueInclusive || day > dueMonth.lengthOfMonth() ? named : named.minusDays(1);
	}

	/** The first late instant: midnight local time at the start of the day after the last on-time day. */
	public Instant dueBefore(LocalDate lastOnTimeDay) {
		return lastOnTimeDay.plusDays(1).atStartOfDay(zone).toInstant();
	}

	/** The local day of an instant. */
	public LocalDate localDay(Instant instant) {
		return instant.atZone(zone).toLocalDate();
	}

	/** Whole local days after the last on-time day; 0 when on time. */
	public int daysLate(LocalDate lastOnTimeDay, Instant submittedAt) {
		long days = ChronoUnit.DAYS.between(lastOnTimeDay, localDay(submittedAt));
		return (int) Math.max(0, days);
	}

	/** On time, late, missing or still pending, given the first submission (or null) and the present instant. */
	public Status classify(LocalDate lastOnTimeDay, Instant submittedAt, Instant now) {
		if (submittedAt != null) {
			return submittedAt.isBefore(dueBefore(lastOnTimeDay)) ? Status.ON_TIME : Status.LATE;
		}
		return now.isBefore(dueBefore(lastOnTimeDay)) ? Status.PENDING : Status.MISSING;
	}

	/** The local day on which the "due soon" reminder goes out. */
	public LocalDate reminderDay(LocalDate lastOnTimeDay, int daysBefore) {
		return lastOnTimeDay.minusDays(daysBefore);
	}

	/** The local day on which the "missed" notice goes out: the day after the last on-time day. */
	public LocalDate overdueNoticeDay(LocalDate lastOnTimeDay) {
		return lastOnTimeDay.plusDays(1);
	}

	/**
	 * The reported months whose reporter reminders fall on {@code today}: with a one-month offset, the month before.
	 */
	public YearMonth reportedMonthDueIn(YearMonth dueMonth) {
		return dueMonth.minusMonths(dueMonthOffset);
	}
}
