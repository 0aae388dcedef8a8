package vn.ntm.criteria;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.ntm.geography.Region;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ntm.criteria.CriteriaFixtures.atLeast;
import static vn.ntm.criteria.CriteriaFixtures.atMost;
import static vn.ntm.criteria.CriteriaFixtures.criterion;
import static vn.ntm.criteria.CriteriaFixtures.forProvince;
import static vn.ntm.criteria.CriteriaFixtures.forRegion;
import static vn.ntm.criteria.CriteriaFixtures.forYear;
import static vn.ntm.criteria.CriteriaFixtures.in;
import static vn.ntm.criteria.CriteriaFixtures.national;
import static vn.ntm.criteria.CriteriaFixtures.number;
import static vn.ntm.criteria.CriteriaFixtures.set;
import static vn.ntm.criteria.CriteriaFixtures.yesNo;

class CriteriaEngineTest {

	@Test
	void communeMeetsCriterionOnlyWhenAllIndicatorsMeetTheirRegionalThreshold() {
		Indicator roads = atLeast("2.1", national("100"), forRegion(Region.TN, "90"));
		Indicator alleys = atLeast("2.2", national("80"));
		CriteriaSet set = set(Tier.STANDARD, criterion(2, roads, alleys));

		SetResult inHighlands = CriteriaEngine.evaluate(set, in(Region.TN), Map.of("2.1", number("92"), "2.2", number("80")));
		SetResult inDelta = CriteriaEngine.evaluate(set, in(Region.DBSH), Map.of("2.1", number("92"), "2.2", number("80")));

		assertThat(inHighlands.criteria().get(0).met()).isTrue();
		assertThat(inDelta.criteria().get(0).status()).isEqualTo(IndicatorStatus.NOT_MET);
		assertThat(inDelta.criteria().get(0).indicators().get(0).threshold().value()).isEqualTo("100");
	}

	@Test
	void anUnknownThresholdIsThresholdUnknownAndTheCriterionIsNotCountedAsMet() {
		CriteriaSet set = set(Tier.STANDARD, criterion(2, atLeast("2.1", national(null))));

		SetResult e = CriteriaEngine.evaluate(set, in(Region.TN), Map.of("2.1", number("100")));

		assertThat(e.criteria().get(0).status()).isEqualTo(IndicatorStatus.THRESHOLD_UNKNOWN);
		assertThat(e.criteriaMet()).isZero();
		assertThat(e.allMet()).isFalse();
	}

	@Test
	void aMissingValueIsNoDataEvenWhenTheThresholdIsKnown() {
		IndicatorResult r = CriteriaEngine.evaluate(atLeast("2.1", national("50")), in(Region.TN), null);
		assertThat(r.status()).isEqualTo(IndicatorStatus.NO_DATA);
		assertThat(CriteriaEngine.evaluate(atLeast("2.1", national("50")), in(Region.TN), IndicatorValue.of("  ")).status())
			.isEqualTo(IndicatorStatus.NO_DATA);
	}

	@Test
	void aNotMetIndicatorOutweighsMissingDataInTheCriterionStatus() {
		CriteriaSet set = set(Tier.STANDARD, criterion(2, atLeast("2.1", national("50")), atLeast("2.2", national("50"))));
		SetResult e = CriteriaEngine.evaluate(set, in(Region.TN), Map.of("2.1", number("10")));
		assertThat(e.criteria().get(0).status()).isEqualTo(IndicatorStatus.NOT_MET);
	}

	@Test
	void aLowerValueMeetsAnAtMostThresholdAndAHigherOneDoesNot() {
		Indicator stunting = atMost("15.3", forRegion(Region.DBSH, "16.5"));
		assertThat(CriteriaEngine.evaluate(stunting, in(Region.DBSH), IndicatorValue.of("16,5")).status())
			.isEqualTo(IndicatorStatus.MET);
		assertThat(CriteriaEngine.evaluate(stunting, in(Region.DBSH), number("16.6")).status())
			.isEqualTo(IndicatorStatus.NOT_MET);
	}

	@Test
	void yesNoIndicatorsAreMetByDatAndNotByKhongDat() {
		assertThat(CriteriaEngine.evaluate(yesNo("1.1"), in(Region.TN), IndicatorValue.of(true)).status())
			.isEqualTo(IndicatorStatus.MET);
		assertThat(CriteriaEngine.evaluate(yesNo("1.1"), in(Region.TN), IndicatorValue.of(false)).status())
			.isEqualTo(IndicatorStatus.NOT_MET);
		assertThat(CriteriaEngine.evaluate(yesNo("1.1"), in(Region.TN), IndicatorValue.of("ĐẠT")).status())
			.isEqualTo(IndicatorStatus.MET);
	}

	@Test
	void aProvincesOwnThresholdBeatsTheNationalOneOnlyInThatProvince() {
		Indicator roads = atLeast("2.1", forRegion(Region.TN, "90"), forProvince("62", "95"));
		assertThat(CriteriaEngine.applicableThreshold(roads, new EvaluationContext(Region.TN, "62", 2023)))
			.hasValueSatisfying(t -> assertThat(t.value()).isEqualTo("95"));
		assertThat(CriteriaEngine.applicableThreshold(roads, new EvaluationContext(Region.TN, "64", 2023)))
			.hasValueSatisfying(t -> assertThat(t.value()).isEqualTo("90"));
	}

	@Test
	void aYearWithoutAThresholdOfItsOwnIsThresholdUnknown() {
		Indicator income = atLeast("10", forYear(2022, Region.TN, "40"), forYear(2023, Region.TN, "45"));
		assertThat(CriteriaEngine.evaluate(income, new EvaluationContext(Region.TN, "62", 2023), number("46")).status())
			.isEqualTo(IndicatorStatus.MET);
		assertThat(CriteriaEngine.evaluate(income, new EvaluationContext(Region.TN, "62", 2024), number("46")).status())
			.isEqualTo(IndicatorStatus.THRESHOLD_UNKNOWN);
	}

	@Test
	void aDemoThresholdFillsAGapButNeverHidesAKnownReferenceValue() {
		Threshold reference = forRegion(Region.TN, null);
		Threshold demo = new Threshold(Region.TN, null, null, "70", "demo", false, true);
		assertThat(CriteriaEngine.applicableThreshold(atLeast("2.1", reference, demo), in(Region.TN)))
			.hasValue(demo);
		Threshold known = forRegion(Region.TN, "80");
		assertThat(CriteriaEngine.applicableThreshold(atLeast("2.1", demo, known), in(Region.TN))).hasValue(known);
	}

	@Test
	void aThresholdThatIsNotANumberUnderAComparisonIsThresholdUnknownNotNotMet() {
		assertThat(CriteriaEngine.evaluate(atLeast("2.1", national("Đạt")), in(Region.TN), number("100")).status())
			.isEqualTo(IndicatorStatus.THRESHOLD_UNKNOWN);
	}

	@Test
	void aThresholdIsReadAsANumberOnceWhenItIsBuiltAndNeverFromWhatIsPassed() {
		assertThat(national("1.234,5").number()).isEqualByComparingTo("1234.5");
		assertThat(national("Đạt").number()).isNull();
		assertThat(national(null).number()).isNull();
		assertThat(new Threshold(null, null, null, "70", "t", false, false, null, BigDecimal.ONE).number())
			.isEqualByComparingTo("70");
	}

	@Test
	void numbersAreReadTheVietnameseWayAndTheEnglishWay() {
		assertThat(CriteriaEngine.parseNumber("12,5")).isEqualByComparingTo("12.5");
		assertThat(CriteriaEngine.parseNumber("12.5")).isEqualByComparingTo("12.5");
		assertThat(CriteriaEngine.parseNumber("1.234,5")).isEqualByComparingTo("1234.5");
		assertThat(CriteriaEngine.parseNumber("1.234")).isEqualByComparingTo("1234");
		assertThat(CriteriaEngine.parseNumber("0.125")).isEqualByComparingTo("0.125");
		assertThat(CriteriaEngine.parseNumber("85%")).isEqualByComparingTo("85");
		assertThat(CriteriaEngine.parseNumber("1 234,5")).isEqualByComparingTo("1234.5");
		assertThat(CriteriaEngine.parseNumber("nhiều")).isNull();
		assertThat(CriteriaEngine.parseNumber(null)).isNull();
	}

	@Test
	void advancedIsReachedOnlyOnTopOfStandard() {
		CriteriaSet standard = set(Tier.STANDARD, criterion(1, yesNo("1.1")));
		CriteriaSet advanced = set(Tier.ADVANCED, criterion(1, yesNo("1.1")));
		SetResult standardNotMet = CriteriaEngine.evaluate(standard, in(Region.TN), Map.of());
		SetResult standardMet = CriteriaEngine.evaluate(standard, in(Region.TN), Map.of("1.1", IndicatorValue.of(true)));
		SetResult advancedMet = CriteriaEngine.evaluate(advanced, in(Region.TN), Map.of("1.1", IndicatorValue.of(true)));

		assertThat(CriteriaEngine.tierReached(List.of(standardNotMet, advancedMet))).isEmpty();
		assertThat(CriteriaEngine.tierReached(List.of(advancedMet, standardMet))).hasValue(Tier.ADVANCED);
		assertThat(CriteriaEngine.tierReached(List.of(standardMet))).hasValue(Tier.STANDARD);
	}

	@Test
	void aSetWithoutCriteriaIsNeverMet() {
		assertThat(CriteriaEngine.evaluate(set(Tier.STANDARD), in(Region.TN), Map.of()).allMet()).isFalse();
		assertThat(CriteriaEngine.evaluate(set(Tier.STANDARD, criterion(1)), in(Region.TN), Map.of()).criteriaMet())
			.isZero();
	}

	@Test
	void aRecordedNumberIsUsedBeforeItsText() {
		IndicatorValue value = new IndicatorValue(new BigDecimal("95"), "50");
		assertThat(CriteriaEngine.evaluate(atLeast("2.1", national("90")), in(Region.TN), value).status())
			.isEqualTo(IndicatorStatus.MET);
	}
}
