package vn.ntm.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import vn.ntm.reporting.Timeliness.Status;
import vn.ntm.reporting.rules.ReportingCalendar;

class ReportingCalendarTest {

	private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
	private final ReportingCalendar calendar = ReportingCalendar.konTum();

	private static Instant local(String dateTime) {
		return LocalDateTime.parse(dateTime).atZone(VN).toInstant();
	}

	@Test
	void theMarchReportIsDueByTheEndOfTheFourteenthOfApril() {
		assertThat(calendar.lastOnTimeDay(YearMonth.of(2023, 3))).isEqualTo(LocalDate.of(2023, 4, 14));
		assertThat(calendar.dueBefore(LocalDate.of(2023, 4, 14))).isEqualTo(Instant.parse("2023-04-14T17:00:00Z"));
	}

	@Test
	void theConsolidatedReportIsDueByTheEndOfTheNineteenth() {
		assertThat(calendar.consolidationLastOnTimeDay(YearMonth.of(2023, 3))).isEqualTo(LocalDate.of(2023, 4, 19));
	}

	@Test
	void theDecemberReportIsDueInJanuaryOfTheNextYear() {
		assertThat(calendar.lastOnTimeDay(YearMonth.of(2023, 12))).isEqualTo(LocalDate.of(2024, 1, 14));
	}

	@Test
	void marchJuneSeptemberAndDecemberAreQuarterEndReports() {
		assertThat(YearMonthRange.of(2023).filter(ReportingCalendar::isQuarterEnd))
			.containsExactly(YearMonth.of(2023, 3), YearMonth.of(2023, 6), YearMonth.of(2023, 9), YearMonth.of(2023, 12));
	}

	@Test
	void aSubmissionAt2359OnTheFourteenthIsOnTimeAndAt0001OnTheFifteenthIsOneDayLate() {
		LocalDate last = calendar.lastOnTimeDay(YearMonth.of(2023, 3));
		Instant now = local("2023-05-01T00:00");
		assertThat(calendar.classify(last, local("2023-04-14T23:59"), now)).isEqualTo(Status.ON_TIME);
		assertThat(calendar.classify(last, local("2023-04-14T23:59:59.999"), now)).isEqualTo(Status.ON_TIME);
		assertThat(calendar.classify(last, local("2023-04-15T00:00"), now)).isEqualTo(Status.LATE);
		assertThat(calendar.classify(last, local("2023-04-15T00:01"), now)).isEqualTo(Status.LATE);
		assertThat(calendar.daysLate(last, local("2023-04-15T00:01"))).isEqualTo(1);
		assertThat(calendar.daysLate(last, local("2023-04-14T23:59"))).isZero();
	}

	@Test
	void utcInstantsOnTheSameUtcDayFallOnDifferentLocalDays() {
		LocalDate last = calendar.lastOnTimeDay(YearMonth.of(2023, 3));
		Instant now = Instant.parse("2023-05-01T00:00:00Z");
		// 16:59 UTC is 23:59 on the 14th in Vietnam; 17:01 UTC the same UTC day is 00:01 on the 15th
		assertThat(calendar.classify(last, Instant.parse("2023-04-14T16:59:00Z"), now)).isEqualTo(Status.ON_TIME);
		assertThat(calendar.classify(last, Instant.parse("2023-04-14T17:01:00Z"), now)).isEqualTo(Status.LATE);
		assertThat(calendar.daysLate(last, Instant.parse("2023-04-17T18:00:00Z"))).isEqualTo(4);
	}

	@Test
	void withoutASubmissionAnObligationIsPendingUntilTheDueDateAndMissingFromThen() {
		LocalDate last = calendar.lastOnTimeDay(YearMonth.of(2023, 3));
		assertThat(calendar.classify(last, null, local("2023-04-14T23:59"))).isEqualTo(Status.PENDING);
		assertThat(calendar.classify(last, null, local("2023-04-15T00:00"))).isEqualTo(Status.MISSING);
	}

	@Test
	void anInclusiveRuleKeepsTheNamedDayOnTime() {
		ReportingCalendar inclusive = new ReportingCalendar(VN, 15, true, 20, 1);
		LocalDate last = inclusive.lastOnTimeDay(YearMonth.of(2023, 3));
		assertThat(last).isEqualTo(LocalDate.of(2023, 4, 15));
		assertThat(inclusive.classify(last, local("2023-04-15T23:59"), local("2023-05-01T00:00"))).isEqualTo(Status.ON_TIME);
	}

	@Test
	void aDueDayPastTheEndOfFebruaryIsTheLastDayOfFebruaryInLeapAndCommonYears() {
		ReportingCalendar endOfMonth = new ReportingCalendar(VN, 30, true, 31, 1);
		assertThat(endOfMonth.lastOnTimeDay(YearMonth.of(2024, 1))).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(endOfMonth.lastOnTimeDay(YearMonth.of(2023, 1))).isEqualTo(LocalDate.of(2023, 2, 28));
		ReportingCalendar sameMonth = new ReportingCalendar(VN, 30, false, 31, 0);
		assertThat(sameMonth.lastOnTimeDay(YearMonth.of(2024, 2))).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(sameMonth.consolidationLastOnTimeDay(YearMonth.of(2023, 2))).isEqualTo(LocalDate.of(2023, 2, 28));
		assertThat(sameMonth.lastOnTimeDay(YearMonth.of(2023, 4))).isEqualTo(LocalDate.of(2023, 4, 29));
	}

	@Test
	void lateDaysCountAcrossTheEndOfAMonthAndAYear() {
		LocalDate last = LocalDate.of(2024, 2, 28);
		assertThat(calendar.daysLate(last, local("2024-03-01T08:00"))).isEqualTo(2); // 29 February exists in 2024
		assertThat(calendar.daysLate(LocalDate.of(2023, 12, 31), local("2024-01-02T08:00"))).isEqualTo(2);
	}

	@Test
	void remindersGoOutDaysBeforeTheLastOnTimeDayAndTheMissedNoticeTheDayAfter() {
		LocalDate last = calendar.lastOnTimeDay(YearMonth.of(2023, 3));
		assertThat(calendar.reminderDay(last, 3)).isEqualTo(LocalDate.of(2023, 4, 11));
		assertThat(calendar.overdueNoticeDay(last)).isEqualTo(LocalDate.of(2023, 4, 15));
	}

	@Test
	void beforeDayOneIsRejectedAsItWouldFallInThePreviousMonth() {
		assertThatThrownBy(() -> new ReportingCalendar(VN, 1, false, 20, 1)).isInstanceOf(IllegalArgumentException.class);
	}

	private static final class YearMonthRange {
		static java.util.stream.Stream<YearMonth> of(int year) {
			return java.util.stream.IntStream.rangeClosed(1, 12).mapToObj(m -> YearMonth.of(year, m));
		}
	}
}
