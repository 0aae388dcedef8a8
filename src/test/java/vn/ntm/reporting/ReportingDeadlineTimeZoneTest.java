package vn.ntm.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;

import vn.ntm.reporting.Timeliness.Status;
import vn.ntm.reporting.rules.ReportingCalendar;

/**
 * The deadline is Vietnam's local midnight whatever the JVM's default zone; pom.xml also runs this class in a JVM
 * started with {@code -Duser.timezone=America/New_York} and in one started with {@code -Duser.timezone=UTC}.
 */
class ReportingDeadlineTimeZoneTest {

	private final ReportingCalendar calendar = ReportingCalendar.konTum();

	@Test
	void theMarchReportIsOnTimeUntilVietnamMidnightOfTheFourteenthInTheJvmsOwnZone() {
		assertTheMarchDeadline();
	}

	@Test
	void theMarchReportIsOnTimeUntilVietnamMidnightOfTheFourteenthWhenTheJvmRunsInUtc() {
		inZone("UTC", this::assertTheMarchDeadline);
	}

	@Test
	void theMarchReportIsOnTimeUntilVietnamMidnightOfTheFourteenthWhenTheJvmRunsInNewYork() {
		inZone("America/New_York", this::assertTheMarchDeadline);
	}

	private void assertTheMarchDeadline() {
		LocalDate last = calendar.lastOnTimeDay(YearMonth.of(2023, 3));
		Instant now = Instant.parse("2023-05-01T00:00:00Z");
		assertThat(last).isEqualTo(LocalDate.of(2023, 4, 14));
		assertThat(calendar.classify(last, Instant.parse("2023-04-14T16:59:59Z"), now)).isEqualTo(Status.ON_TIME);
		assertThat(calendar.classify(last, Instant.parse("2023-04-14T17:00:00Z"), now)).isEqualTo(Status.LATE);
		assertThat(calendar.daysLate(last, Instant.parse("2023-04-14T16:59:59Z"))).isZero();
		assertThat(calendar.daysLate(last, Instant.parse("2023-04-14T17:00:00Z"))).isEqualTo(1);
	}

	private static void inZone(String zone, Runnable assertions) {
		TimeZone original = TimeZone.getDefault();
		TimeZone.setDefault(TimeZone.getTimeZone(zone));
		try {
			assertions.run();
		}
		finally {
			TimeZone.setDefault(original);
		}
	}
}
