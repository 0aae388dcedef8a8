package vn.ntm.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ntm.criteria.CriteriaFixtures.atLeast;
import static vn.ntm.criteria.CriteriaFixtures.forProvince;
import static vn.ntm.criteria.CriteriaFixtures.national;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import vn.ntm.geography.Region;

/** The 2026–2030 selection rule: thresholds by commune group, chosen as the 2021–2025 ones are by region. */
class CommuneGroupThresholdProperties {

	static Threshold forGroup(String group, String value) {
		return national(value).forGroup(group);
	}

	@Provide
	Arbitrary<String> groups() {
		return Arbitraries.of("N1", "N2", "N3");
	}

	@Provide
	Arbitrary<String> groupsOrNone() {
		return Arbitraries.of("N1", "N2", "N3").injectNull(0.25);
	}

	@Property
	void aCommuneGetsTheThresholdOfItsOwnGroupWhateverTheOrder(@ForAll("groups") String group,
			@ForAll @IntRange(max = 100) int n1, @ForAll @IntRange(max = 100) int n2, @ForAll @IntRange(max = 100) int n3,
			@ForAll boolean reversed) {
		List<Threshold> thresholds = new ArrayList<>(List.of(forGroup("N1", String.valueOf(n1)),
				forGroup("N2", String.valueOf(n2)), forGroup("N3", String.valueOf(n3))));
		if (reversed) {
			java.util.Collections.reverse(thresholds);
		}
		Indicator indicator = atLeast("2.1", thresholds.toArray(Threshold[]::new));
		Optional<Threshold> chosen = CriteriaEngine.applicableThreshold(indicator,
				new EvaluationContext(Region.DHNTB, "51", 2026, group));
		assertThat(chosen).isPresent();
		assertThat(chosen.get().communeGroup()).isEqualTo(group);
	}

	@Property
	void aSpecificGroupThresholdBeatsTheOneForEveryGroup(@ForAll("groups") String group,
			@ForAll @IntRange(max = 100) int all, @ForAll @IntRange(max = 100) int specific, @ForAll boolean groupFirst) {
		Threshold forAll = national(String.valueOf(all));
		Threshold own = forGroup(group, String.valueOf(specific));
		Indicator indicator = groupFirst ? atLeast("x", own, forAll) : atLeast("x", forAll, own);
		assertThat(CriteriaEngine.applicableThreshold(indicator, new EvaluationContext(null, "51", 2026, group)))
			.hasValue(own);
	}

	@Property
	void aProvincesOwnLevelBeatsTheNationalGroupLevel(@ForAll("groups") String group,
			@ForAll @IntRange(max = 100) int nationalValue, @ForAll @IntRange(max = 100) int provinceValue) {
		Threshold national = forGroup(group, String.valueOf(nationalValue));
		Threshold own = forProvince("51", String.valueOf(provinceValue)).forGroup(group);
		Indicator indicator = atLeast("x", national, own);
		assertThat(CriteriaEngine.applicableThreshold(indicator, new EvaluationContext(null, "51", 2026, group)))
			.hasValue(own);
		assertThat(CriteriaEngine.applicableThreshold(indicator, new EvaluationContext(null, "42", 2026, group)))
			.hasValue(national);
	}

	/** A commune without a group, or of a group the indicator has no level for: never met, whatever the value. */
	@Property
	void withoutALevelForTheCommunesGroupTheIndicatorIsThresholdUnknownNeverMet(
			@ForAll("groupsOrNone") String communeGroup, @ForAll("groups") String listedGroup,
			@ForAll @IntRange(max = 1000) int value, @ForAll boolean alsoAnEveryGroupLevel) {
		List<Threshold> thresholds = new ArrayList<>(List.of(forGroup(listedGroup, "50")));
		if (alsoAnEveryGroupLevel) {
			thresholds.add(national("60"));
		}
		Indicator indicator = atLeast("x", thresholds.toArray(Threshold[]::new));
		IndicatorStatus status = CriteriaEngine.evaluate(indicator,
				new EvaluationContext(null, "51", 2026, communeGroup), IndicatorValue.of(BigDecimal.valueOf(value)))
			.status();
		if (communeGroup == null || !communeGroup.equals(listedGroup) && !alsoAnEveryGroupLevel) {
			assertThat(status).isEqualTo(IndicatorStatus.THRESHOLD_UNKNOWN);
		}
		else {
			assertThat(status).isIn(IndicatorStatus.MET, IndicatorStatus.NOT_MET);
		}
	}

	@Property
	void anUnknownGroupLevelIsThresholdUnknownNeverMet(@ForAll("groups") String group,
			@ForAll @IntRange(max = 1000) int value) {
		Indicator indicator = atLeast("x", forGroup(group, null));
		assertThat(CriteriaEngine.evaluate(indicator, new EvaluationContext(null, "51", 2026, group),
				IndicatorValue.of(BigDecimal.valueOf(value))).status()).isEqualTo(IndicatorStatus.THRESHOLD_UNKNOWN);
	}

	/** The 2021–2025 sets name no group: a unit's group changes nothing there. */
	@Property
	void aGroupChangesNothingForThresholdsByRegion(@ForAll("groupsOrNone") String group, @ForAll Region region,
			@ForAll @IntRange(max = 100) int value) {
		Threshold byRegion = new Threshold(region, null, null, String.valueOf(value), "test", false, false);
		Indicator indicator = atLeast("x", national("10"), byRegion);
		assertThat(CriteriaEngine.applicableThreshold(indicator, new EvaluationContext(region, "62", 2023, group)))
			.isEqualTo(CriteriaEngine.applicableThreshold(indicator, new EvaluationContext(region, "62", 2023)));
	}
}
