package vn.ntm.emulation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.ntm.emulation.MeasureRule;
import vn.ntm.emulation.Scorecard;
import vn.ntm.emulation.Scorecard.UnitKind;

class ScorecardFilesTest {

	private static Map<String, Object> criterion(String code, Object rule, Object basis) {
		Map<String, Object> c = new HashMap<>(Map.of("code", code, "name", "Báo cáo đúng hạn", "points", 50));
		if (rule != null) {
			c.put("rule", rule);
		}
		if (basis != null) {
			c.put("legal_basis", basis);
		}
		return c;
	}

	private static Map<String, Object> card(int year, int version, List<Map<String, Object>> criteria) {
		return Map.of("province", "62", "year", year, "kind", "DEPARTMENT", "version", version, "legal_basis",
				Map.of("text", "Quy chế thi đua"), "criteria", criteria);
	}

	private static final Map<String, Object> BASIS = Map.of("text", "Quyết định của UBND tỉnh", "verified", false);

	@Test
	void aCriterionWithoutARuleOrALegalBasisIsRefusedNamingIt() {
		assertThatThrownBy(() -> ScorecardFiles.parse("62.yml", card(2024, 1, List.of(criterion("bao-cao", null, BASIS)))))
			.hasMessageContaining("62.yml bao-cao").hasMessageContaining("rule");
		assertThatThrownBy(() -> ScorecardFiles.parse("62.yml",
				card(2024, 1, List.of(criterion("nhiem-vu", "TASKS_DONE_ON_TIME", null)))))
			.hasMessageContaining("62.yml nhiem-vu").hasMessageContaining("legal_basis");
	}

	@Test
	void anUncheckedLegalBasisStaysUnverified() {
		Scorecard s = ScorecardFiles.parse("62.yml", card(2024, 1, List.of(criterion("bao-cao", "REPORTS_ON_TIME", BASIS))));
		assertThat(s.criteria().getFirst().rule()).isEqualTo(MeasureRule.REPORTS_ON_TIME);
		assertThat(s.criteria().getFirst().legalBasis().verified()).isFalse();
		assertThat(s.legalBasis().verified()).isFalse();
	}

	@Test
	void aNewVersionReplacesItsYearOnlyAndOtherYearsKeepTheirs() {
		List<Map<String, Object>> one = List.of(criterion("bao-cao", "REPORTS_ON_TIME", BASIS));
		ScorecardFiles files = new ScorecardFiles(List.of(ScorecardFiles.parse("a", card(2024, 1, one)),
				ScorecardFiles.parse("b", card(2025, 1, one)), ScorecardFiles.parse("c", card(2025, 2, one))));
		assertThat(files.latest("62", 2025, UnitKind.DEPARTMENT)).get().extracting(Scorecard::version).isEqualTo(2);
		assertThat(files.latest("62", 2024, UnitKind.DEPARTMENT)).get().extracting(Scorecard::version).isEqualTo(1);
		assertThat(files.latest("51", 2024, UnitKind.DEPARTMENT)).isEmpty();
	}

	@Test
	void theShippedScorecardsAllLoad() {
		assertThat(new ScorecardFiles().latest("62", 2024, UnitKind.DEPARTMENT)).get()
			.satisfies(s -> assertThat(s.maxPoints()).isEqualTo(100));
	}
}
