package vn.ntm.criteria.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.CriteriaSetRejected;
import vn.ntm.criteria.Indicator;
import vn.ntm.criteria.Problems;
import vn.ntm.criteria.Threshold;

/** Thresholds by commune group (N1, N2, N3) in the YAML format, for the 2026–2030 set. */
class CommuneGroupThresholdsReaderTest {

	static String set(String thresholds) {
		return """
				set_id: xa-ntm-2026-2030
				name_vi: Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026 - 2030
				level: commune
				tier: standard
				valid_from: 2026-01-01
				province: "51"
				document: {number: 120/QĐ-UBND, date: 2026-03-02}
				criteria:
				  - number: 2
				    name_vi: Hạ tầng kinh tế - xã hội
				    indicators:
				      - code: "2.1"
				        name_vi: Tỷ lệ đường xã được nhựa hóa hoặc bê tông hóa
				        unit: "%"
				        comparison: ">="
				        threshold_verified: false
				        threshold: THRESHOLDS
				""".replace("THRESHOLDS", thresholds);
	}

	@Test
	void groupKeysBecomeThresholdsForThatGroupAndAMissingGroupStaysAbsent() {
		CriteriaSet set = CriteriaSetReader.read(set("{N1: 100, N3: \"70,5\"}")).getFirst().set();
		Indicator roads = set.indicator("2.1").orElseThrow();
		assertThat(roads.thresholds()).extracting(Threshold::communeGroup).containsExactly("N1", "N3");
		assertThat(roads.thresholds()).extracting(Threshold::value).containsExactly("100", "70.5");
		assertThat(roads.thresholds()).allSatisfy(t -> {
			assertThat(t.region()).isNull();
			assertThat(t.provinceCode()).isEqualTo("51");
			assertThat(t.source()).contains("120/QĐ-UBND");
			assertThat(t.verified()).isFalse();
		});
	}

	@Test
	void anUnknownGroupOrANonNumericLevelIsRefusedWithItsPath() {
		CriteriaSetRejected e = catchThrowableOfType(CriteriaSetRejected.class,
				() -> CriteriaSetReader.read(set("{N4: 100, N2: nhiều}")));
		assertThat(Problems.vietnamese(e)).anySatisfy(p -> assertThat(p).contains("threshold.N4").contains("N1, N2, N3"))
			.anySatisfy(p -> assertThat(p).contains("threshold.N2").contains("nhiều"));
	}
}
