package vn.ntm.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class FormatsTest {

	private final Formats fmt = new Formats();

	@AfterEach
	void reset() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void vietnameseNumbersUseADecimalCommaAndDotsBetweenThousands() {
		LocaleContextHolder.setLocale(Locale.of("vi"));
		assertThat(fmt.decimal(new BigDecimal("15.875"))).isEqualTo("15,88");
		assertThat(fmt.decimal(new BigDecimal("16"))).isEqualTo("16,00");
		assertThat(fmt.integer(1234)).isEqualTo("1.234");
		assertThat(fmt.value("12.5")).isEqualTo("12,5");
		assertThat(fmt.value("Đạt")).isEqualTo("Đạt");
		assertThat(fmt.period("2023-05")).isEqualTo("Tháng 05/2023");
	}

	@Test
	void englishNumbersUseADecimalPoint() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(fmt.decimal(new BigDecimal("15.88"))).isEqualTo("15.88");
		assertThat(fmt.integer(1234)).isEqualTo("1,234");
		assertThat(fmt.period("2023-Q2")).isEqualTo("Q2 2023");
	}

	@Test
	void datesAreDayMonthYear() {
		assertThat(fmt.date(LocalDate.of(2023, 3, 15))).isEqualTo("15/03/2023");
		assertThat(fmt.date((LocalDate) null)).isEmpty();
	}
}
