package vn.ntm.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.ntm.assessment.ValueError;
import vn.ntm.assessment.ValueInput;
import vn.ntm.criteria.Comparison;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.Criterion;
import vn.ntm.criteria.Indicator;
import vn.ntm.criteria.SetLevel;
import vn.ntm.criteria.Tier;
import vn.ntm.criteria.ValueType;

class ValueValidationTest {

	private static final CriteriaSet SET = new CriteriaSet("test-set", 1, "Bộ thử", "Test set", SetLevel.COMMUNE,
			Tier.STANDARD, LocalDate.of(2021, 1, 1), null, null, null, null, List.of(
					new Criterion(2, "II", "Giao thông", "Transport", List.of(
							new Indicator("2.1", "Tỷ lệ đường", null, "%", ValueType.NUMBER, Comparison.AT_LEAST, null, null, false, null),
							new Indicator("2.2", "Chiều dài", null, "km", ValueType.NUMBER, Comparison.AT_LEAST, null, null, false, null))),
					new Criterion(8, "II", "Thông tin", "ICT", List.of(
							new Indicator("8.1", "Bưu chính", null, null, ValueType.BOOLEAN, Comparison.YES, null, null, false, null),
							new Indicator("9.1", "Nhà tạm", null, null, ValueType.CHOICE, Comparison.EQUALS,
									List.of("Không", "Còn nhà tạm"), null, false, null)))));

	private static ValueValidation.Outcome check(ValueInput... inputs) {
		return ValueValidation.check(SET, Arrays.asList(inputs), (code, args) -> code + Arrays.toString(args));
	}

	private static ValueInput in(String indicator, Object value) {
		return new ValueInput(indicator, value, null, null, null);
	}

	@Test
	void vietnameseAndEnglishNumberFormsAndPercentSignsAreUnderstood() {
		var outcome = check(in("2.1", "12,5"), in("2.2", "1.234,5"));
		assertThat(outcome.errors()).isEmpty();
		assertThat(outcome.valid().get(0).value().number()).isEqualByComparingTo("12.5");
		assertThat(outcome.valid().get(1).value().number()).isEqualByComparingTo("1234.5");
		assertThat(check(in("2.1", "85%")).valid().getFirst().value().number()).isEqualByComparingTo("85");
		assertThat(check(in("2.1", new BigDecimal("99.9"))).errors()).isEmpty();
	}

	@Test
	void everyBadInputIsReportedWithTheFieldAndIndicator() {
		var outcome = check(in("2.1", 101), in("2.2", -1), in("8.1", "có lẽ"), in("9.9", 1), in("2.1", 5),
				in("9.1", "Nhà lá"), in(null, 3));
		assertThat(outcome.errors()).extracting(ValueError::code).containsExactly("percent-out-of-range",
				"negative-value", "not-yes-no", "unknown-indicator", "duplicate-indicator", "unknown-choice",
				"missing-indicator");
		assertThat(outcome.errors().getFirst().field()).isEqualTo("values[0].value");
		assertThat(outcome.errors().getFirst().indicator()).isEqualTo("2.1");
	}

	@Test
	void yesNoAcceptsTheWordsOfficialsWrite() {
		for (Object yes : new Object[] { "Đạt", "dat", "Có", true, 1 }) {
			assertThat(check(in("8.1", yes)).valid().getFirst().value().text()).as(String.valueOf(yes)).isEqualTo("Đạt");
		}
		for (Object no : new Object[] { "Không đạt", "chưa đạt", "Không", false, 0 }) {
			assertThat(check(in("8.1", no)).valid().getFirst().value().text()).as(String.valueOf(no)).isEqualTo("Không đạt");
		}
	}

	@Test
	void aChoiceIsStoredInItsOfficialSpellingAndAnEmptyValueClears() {
		assertThat(check(in("9.1", "khong")).valid().getFirst().value().text()).isEqualTo("Không");
		assertThat(check(in("2.1", "")).valid().getFirst().clears()).isTrue();
		assertThat(check().errors()).extracting(ValueError::code).containsExactly("no-values");
	}
}
