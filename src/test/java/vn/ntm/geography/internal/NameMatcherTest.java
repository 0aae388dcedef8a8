package vn.ntm.geography.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class NameMatcherTest {

	private static final List<String> IN_DAK_HA = List.of("Huyện Đắk Hà", "Tỉnh Kon Tum");
	private static final List<String> IN_TU_MO_RONG = List.of("Huyện Tu Mơ Rông", "Tỉnh Kon Tum");

	private static double score(String query, String name, String type, List<String> ancestors) {
		return NameMatcher.score(NameMatcher.parse(query), name, type, ancestors);
	}

	@Test
	void anEqualNameScoresOneWhateverTheDiacriticsCaseAndĐ() {
		assertThat(score("dak pxy", "Xã Đắk Pxy", "Xã", IN_DAK_HA)).isEqualTo(1.0);
		assertThat(score("ĐĂK PXY", "Xã Đắk Pxy", "Xã", IN_DAK_HA)).isEqualTo(1.0);
	}

	@Test
	void đắkĐăkDakAndĐakAreOneSpelling() {
		for (String spelling : List.of("Đắk Ui", "Đăk Ui", "Dak Ui", "Đak Ui", "Đắc Ui")) {
			assertThat(score(spelling, "Xã Đắk Ui", "Xã", IN_DAK_HA)).as(spelling).isEqualTo(1.0);
		}
	}

	@Test
	void ngọcNgọkNgocAndNgokAreOneSpelling() {
		for (String spelling : List.of("Ngọc Réo", "Ngọk Réo", "Ngoc Reo", "Ngok Reo")) {
			assertThat(score(spelling, "Xã Ngọk Réo", "Xã", IN_DAK_HA)).as(spelling).isEqualTo(1.0);
		}
	}

	@Test
	void pờYAndBờYAndPlôAndBlôAreOneSpelling() {
		assertThat(score("Xã Bờ Y", "Xã Pờ Y", "Xã", List.of("Huyện Ngọc Hồi"))).isEqualTo(1.0);
		assertThat(score("Đăk Blô", "Xã Đắk Plô", "Xã", List.of("Huyện Đắk Glei"))).isEqualTo(1.0);
	}

	@Test
	void yAndIAreOneSpellingAsInĐăkPxyAndĐắkPXi() {
		assertThat(score("Đăk Pxy", "Xã Đắk PXi", "Xã", IN_DAK_HA)).isEqualTo(1.0);
	}

	@Test
	void iaHDraiIsFoundHoweverTheApostropheIsWritten() {
		for (String spelling : List.of("Ia H' Drai", "Ia H'Drai", "Ia HDrai", "huyện Ia H’Drai")) {
			assertThat(score(spelling, "Huyện Ia H' Drai", "Huyện", List.of("Tỉnh Kon Tum"))).as(spelling).isEqualTo(1.0);
		}
		assertThat(score("Ia H Drai", "Huyện Ia H' Drai", "Huyện", List.of())).isGreaterThan(0.9).isLessThan(1.0);
	}

	@Test
	void typePrefixesAreOptionalAndAbbreviationsCount() {
		assertThat(score("Kon Tum", "Thành phố Kon Tum", "Thành phố", List.of("Tỉnh Kon Tum"))).isEqualTo(1.0);
		assertThat(score("TP. Kon Tum", "Thành phố Kon Tum", "Thành phố", List.of("Tỉnh Kon Tum"))).isEqualTo(1.0);
		assertThat(score("Thị trấn Đăk Hà", "Thị trấn Đắk Hà", "Thị trấn", IN_DAK_HA)).isEqualTo(1.0);
		assertThat(score("TX Kỳ Anh", "Thị xã Kỳ Anh", "Thị xã", List.of("Tỉnh Hà Tĩnh"))).isEqualTo(1.0);
	}

	@Test
	void aPrefixThatNamesAnotherTypeLowersTheScore() {
		double township = score("Xã Đăk Hà", "Thị trấn Đắk Hà", "Thị trấn", IN_DAK_HA);
		double commune = score("Xã Đăk Hà", "Xã Đắk Hà", "Xã", IN_TU_MO_RONG);
		assertThat(commune).isEqualTo(1.0);
		assertThat(township).isLessThan(commune);
	}

	@Test
	void theParentHintPrefersTheUnitUnderThatDistrict() {
		double underDakHa = score("Đăk Pxy (Đăk Hà)", "Xã Đắk Pxy", "Xã", IN_DAK_HA);
		double elsewhere = score("Đăk Pxy (Đăk Hà)", "Xã Đắk Pxy", "Xã", IN_TU_MO_RONG);
		assertThat(underDakHa).isEqualTo(1.0);
		assertThat(elsewhere).isLessThan(underDakHa);
		assertThat(score("Đăk Pxy - Đăk Hà", "Xã Đắk Pxy", "Xã", IN_DAK_HA)).isEqualTo(1.0);
		assertThat(score("Đăk Pxy - huyện Đắk Hà", "Xã Đắk Pxy", "Xã", IN_TU_MO_RONG)).isLessThan(1.0);
	}

	@Test
	void theDecoyXãĐắkHàInTuMơRôngLosesToTheDistrictHintOfĐăkHà() {
		// 23425 Xã Đắk Hà lies in Tu Mơ Rông; "Hà Mòn (Đăk Hà)" and "Đăk Hà (Đăk Hà)" point at the Đăk Hà district
		double decoy = score("Đăk Hà (Đăk Hà)", "Xã Đắk Hà", "Xã", IN_TU_MO_RONG);
		double township = score("Đăk Hà (Đăk Hà)", "Thị trấn Đắk Hà", "Thị trấn", IN_DAK_HA);
		assertThat(township).isGreaterThan(decoy);
		assertThat(score("Xã Đắk Hà (Tu Mơ Rông)", "Xã Đắk Hà", "Xã", IN_TU_MO_RONG))
				.isGreaterThan(score("Xã Đắk Hà (Tu Mơ Rông)", "Thị trấn Đắk Hà", "Thị trấn", IN_DAK_HA));
	}

	@Test
	void aMisspelledNameScoresBelowOneButStillHigh() {
		double typo = score("Đăk Rơ Va", "Xã Đắk Rơ Wa", "Xã", List.of("Thành phố Kon Tum"));
		assertThat(typo).isGreaterThan(0.7).isLessThan(0.95);
		assertThat(score("Măng Bút", "Xã Măng Buk", "Xã", List.of())).isGreaterThan(0.7).isLessThan(0.95);
	}

	@Test
	void anUnrelatedNameScoresLow() {
		assertThat(score("Hương Khê", "Xã Đắk Rơ Wa", "Xã", List.of())).isLessThan(0.5);
		assertThat(score("", "Xã Đắk Rơ Wa", "Xã", List.of())).isZero();
	}

	@Test
	void scoresStayBetweenZeroAndOne() {
		for (String q : List.of("a", "Đăk", "Xã", "Ngọc Hồi (Kon Tum)", "x - y", "Ia")) {
			assertThat(score(q, "Xã Đắk Rơ Wa", "Xã", IN_DAK_HA)).as(q).isBetween(0.0, 1.0);
		}
	}

	@Test
	void levenshteinDistanceCountsEdits() {
		assertThat(NameMatcher.distance("kitten", "sitting")).isEqualTo(3);
		assertThat(NameMatcher.distance("", "abc")).isEqualTo(3);
	}
}
