package vn.ntm.emulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.ntm.emulation.rules.Scoring;
import vn.ntm.emulation.rules.Scoring.Count;

class ScoringTest {

	private static final List<Integer> HALF_AND_HALF = List.of(50, 50);

	@Test
	void aCriterionEarnsItsPointsTimesTheShareAchieved() {
		Scoring.Scored s = Scoring.score(HALF_AND_HALF, List.of(new Count(10, 12), new Count(3, 4)));
		assertThat(s.earned()).containsExactly(new BigDecimal("41.67"), new BigDecimal("37.50"));
		assertThat(s.score()).isEqualByComparingTo("79.17");
	}

	@Test
	void aMeasureWithNothingToCountIsLeftOutAndTheOthersAreScaledUpToTheFullPoints() {
		Scoring.Scored s = Scoring.score(HALF_AND_HALF, List.of(new Count(12, 12), new Count(0, 0)));
		assertThat(s.earned()).containsExactly(new BigDecimal("100.00"), null);
		assertThat(s.score()).isEqualByComparingTo("100");
		Scoring.Scored uneven = Scoring.score(List.of(60, 30, 10), List.of(new Count(1, 2), new Count(0, 0),
				new Count(1, 1)));
		assertThat(uneven.earned()).containsExactly(new BigDecimal("42.86"), null, new BigDecimal("14.29"));
		assertThat(uneven.score()).isEqualByComparingTo("57.15");
	}

	@Test
	void aUnitWithNoApplicableMeasureHasNoScore() {
		Scoring.Scored s = Scoring.score(HALF_AND_HALF, List.of(new Count(0, 0), new Count(0, 0)));
		assertThat(s.score()).isNull();
		assertThat(s.earned()).containsExactly(null, null);
	}

	@Test
	void theScoreIsTheSumOfTheCriteriaPoints() {
		Scoring.Scored s = Scoring.score(List.of(33, 33, 34), List.of(new Count(1, 3), new Count(2, 3),
				new Count(0, 0)));
		assertThat(s.score()).isEqualByComparingTo(s.earned().get(0).add(s.earned().get(1)));
	}

	@Test
	void equalScoresShareARankAndTheNextSkipsAsManyPlaces() {
		assertThat(Scoring.ranks(Arrays.asList(new BigDecimal("80.00"), new BigDecimal("95"), null,
				new BigDecimal("80"), new BigDecimal("70"))))
			.containsExactly(2, 1, null, 2, 4);
	}

	@Test
	void moreAchievedThanDueIsRefused() {
		assertThatThrownBy(() -> new Count(3, 2)).isInstanceOf(IllegalArgumentException.class);
	}
}
