package vn.ntm.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.ntm.assessment.RecordedValue;
import vn.ntm.shared.Period;

class StatusAsOfTest {

	private static RecordedValue value(String period, String indicator, int number) {
		return new RecordedValue("23512", Period.parse(period), "xa-ntm-2021-2025", indicator, BigDecimal.valueOf(number),
				null, null, null, "test", null, "api", 1);
	}

	@Test
	void eachIndicatorTakesItsLatestValueAtOrBeforeTheDay() {
		var all = List.of(value("2022", "2.1", 60), value("2023-03", "2.1", 75), value("2023-06", "2.1", 90),
				value("2022", "17.1", 50));
		var asOf = StatusProjection.asOf(all, LocalDate.of(2023, 5, 31));
		assertThat(asOf.get("2.1").number()).isEqualByComparingTo("75");
		assertThat(asOf.get("17.1").number()).isEqualByComparingTo("50");
	}

	@Test
	void valuesOfLaterPeriodsAreIgnored() {
		var asOf = StatusProjection.asOf(List.of(value("2024-01", "2.1", 99)), LocalDate.of(2023, 12, 31));
		assertThat(asOf).isEmpty();
	}

	@Test
	void aYearEndAssessmentWinsOverTheDecemberFigureOfTheSameDay() {
		var all = List.of(value("2022-12", "2.1", 70), value("2022", "2.1", 80), value("2022-Q4", "2.1", 75));
		assertThat(StatusProjection.asOf(all, LocalDate.of(2022, 12, 31)).get("2.1").number()).isEqualByComparingTo("80");
		assertThat(StatusProjection.asOf(all.reversed(), LocalDate.of(2022, 12, 31)).get("2.1").number())
			.isEqualByComparingTo("80");
	}
}
