package vn.ntm.ocop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.ntm.ocop.Ocop.NewRating;
import vn.ntm.ocop.internal.OcopRules;
import vn.ntm.shared.Message;

class OcopRulesTest {

	final OcopRules rules = new OcopRules(36, 90);
	final LocalDate today = LocalDate.of(2024, 6, 30);

	Rating rating(long id, int stars, String number, LocalDate on) {
		return new Rating(id, 1, stars, number, on, OcopRules.levelFor(stars), rules.expiresOn(on), "t", Instant.EPOCH);
	}

	List<String> keys(NewRating r, List<Rating> existing) {
		return rules.check(r, existing, today).stream().map(Message::key).toList();
	}

	@Test
	void aCertificateIsValidThirtySixMonthsFromItsDecisionAndThenTheProductIsExpiredNotRated() {
		Rating r = rating(1, 3, "120/QĐ-UBND", LocalDate.of(2021, 3, 15));
		assertThat(r.expiresOn()).isEqualTo(LocalDate.of(2024, 3, 15));
		assertThat(rules.standing(List.of(r), LocalDate.of(2024, 3, 14))).isEqualTo(Standing.RATED);
		assertThat(rules.standing(List.of(r), LocalDate.of(2024, 3, 15))).isEqualTo(Standing.EXPIRED);
		assertThat(rules.inForce(List.of(r), LocalDate.of(2024, 3, 15))).isEmpty();
		assertThat(rules.standing(List.of(r), LocalDate.of(2021, 3, 14))).isEqualTo(Standing.UNRATED);
	}

	@Test
	void theValidityIsConfiguration() {
		assertThat(new OcopRules(24, 90).expiresOn(LocalDate.of(2023, 1, 10))).isEqualTo(LocalDate.of(2025, 1, 10));
	}

	@Test
	void aCertificateIsExpiringWithinNinetyDaysOfItsLapseOnly() {
		Rating r = rating(1, 4, "5/QĐ-UBND", LocalDate.of(2021, 9, 1));
		assertThat(rules.expiring(List.of(r), LocalDate.of(2024, 6, 2))).isFalse();
		assertThat(rules.expiring(List.of(r), LocalDate.of(2024, 6, 3))).isTrue();
		assertThat(rules.expiring(List.of(r), LocalDate.of(2024, 8, 31))).isTrue();
		assertThat(rules.expiring(List.of(r), LocalDate.of(2024, 9, 1))).isFalse();
	}

	@Test
	void aReRatingReplacesThePreviousOneFromItsDate() {
		Rating first = rating(1, 3, "1/QĐ-UBND", LocalDate.of(2020, 5, 1));
		Rating again = rating(2, 4, "2/QĐ-UBND", LocalDate.of(2023, 4, 20));
		List<Rating> both = List.of(again, first);
		assertThat(rules.inForce(both, LocalDate.of(2023, 4, 19))).contains(first);
		assertThat(rules.inForce(both, LocalDate.of(2023, 4, 20))).contains(again);
		assertThat(rules.standing(both, LocalDate.of(2026, 4, 19))).isEqualTo(Standing.RATED);
		assertThat(rules.standing(both, LocalDate.of(2026, 4, 20))).isEqualTo(Standing.EXPIRED);
	}

	@Test
	void fiveStarsAreDecidedCentrallyAndAFiveStarRatingByTheProvinceIsRefusedWithTheReason() {
		assertThat(OcopRules.levelFor(5)).isEqualTo(DecisionLevel.CENTRAL);
		assertThat(OcopRules.levelFor(3)).isEqualTo(DecisionLevel.PROVINCE);
		assertThat(keys(new NewRating(5, "9/QĐ-UBND", today, DecisionLevel.PROVINCE, null), List.of()))
			.containsExactly("ocop.problem.level-five");
		assertThat(keys(new NewRating(4, "9/QĐ-BNN", today, DecisionLevel.CENTRAL, null), List.of()))
			.containsExactly("ocop.problem.level-province");
		assertThat(keys(new NewRating(5, "9/QĐ-BNN", today, DecisionLevel.CENTRAL, null), List.of())).isEmpty();
		assertThat(keys(new NewRating(5, "9/QĐ-BNN", today, null, null), List.of())).isEmpty();
	}

	@Test
	void starsOutOfRangeAFutureDecisionAndARepeatedNumberAreEachNamed() {
		Rating first = rating(1, 3, "1/QĐ-UBND", LocalDate.of(2022, 5, 1));
		assertThat(keys(new NewRating(2, " 1/qđ-ubnd ", today.plusDays(1), null, null), List.of(first)))
			.containsExactly("ocop.problem.stars-range", "ocop.problem.decision-number-taken",
					"ocop.problem.decided-on-future");
		assertThat(keys(new NewRating(null, null, null, null, null), List.of())).containsExactly("ocop.problem.stars",
				"ocop.problem.decision-number", "ocop.problem.decided-on");
	}
}
