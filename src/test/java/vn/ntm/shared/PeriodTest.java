package vn.ntm.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PeriodTest {

	@Test
	void parsesYearsQuartersAndMonthsAndWritesThemBackTheSameWay() {
		for (String text : new String[] { "2023", "2023-Q2", "2023-05", "2024-12", "2025-Q4" }) {
			assertThat(Period.parse(text)).hasToString(text);
		}
	}

	@Test
	void refusesMalformedPeriods() {
		for (String text : new String[] { "", "23", "2023-13", "2023-Q5", "2023-5", "2023/05", "2023-Q0", null }) {
			assertThatIllegalArgumentException().isThrownBy(() -> Period.parse(text));
			assertThat(Period.isValid(text)).isFalse();
		}
	}

	@Test
	void knowsWhereEachPeriodStartsAndEndsIncludingLeapFebruary() {
		assertThat(Period.parse("2024-02").end()).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(Period.parse("2023-02").end()).isEqualTo(LocalDate.of(2023, 2, 28));
		assertThat(Period.parse("2023-Q3").start()).isEqualTo(LocalDate.of(2023, 7, 1));
		assertThat(Period.parse("2023-Q3").end()).isEqualTo(LocalDate.of(2023, 9, 30));
		assertThat(Period.parse("2023").end()).isEqualTo(LocalDate.of(2023, 12, 31));
	}

	@Test
	void aYearContainsItsQuartersAndMonths() {
		assertThat(Period.year(2023).contains(Period.parse("2023-Q2"))).isTrue();
		assertThat(Period.year(2023).contains(Period.parse("2023-12"))).isTrue();
		assertThat(Period.parse("2023-Q1").contains(Period.parse("2023-04"))).isFalse();
	}

	@Test
	void thePeriodBeforeCrossesYearBoundaries() {
		assertThat(Period.parse("2023-01").previous()).hasToString("2022-12");
		assertThat(Period.parse("2023-Q1").previous()).hasToString("2022-Q4");
		assertThat(Period.parse("2023").previous()).hasToString("2022");
	}

	@Test
	void periodsEndingTheSameDayOrderTheFinerFirst() {
		assertThat(Period.parse("2022-12")).isLessThan(Period.parse("2022-Q4"));
		assertThat(Period.parse("2022-Q4")).isLessThan(Period.parse("2022"));
		assertThat(Period.parse("2022")).isLessThan(Period.parse("2023-01"));
	}
}
