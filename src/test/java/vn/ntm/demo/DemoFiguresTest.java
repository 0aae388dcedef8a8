package vn.ntm.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import vn.ntm.assessment.Assessments;
import vn.ntm.assessment.CommuneRow;
import vn.ntm.assessment.Summary;
import vn.ntm.criteria.Tier;
import vn.ntm.shared.Period;

/** The demo province, loaded at start, makes the system compute the figures the Kon Tum directives published. */
// the same context as AuthorizationMatrixTest and the other MockMvc tests over the demo: no port needed
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "demo" })
@WithMockUser(username = "vpdp")
class DemoFiguresTest {

	@Autowired
	Assessments assessments;

	@Test
	void endOf2022Gives42Of85MeetingAllCriteria36RecognisedAverage16And3Advanced() {
		Summary s = assessments.summary("62", Period.year(2022));
		assertThat(s.communesInScope()).isEqualTo(85);
		assertThat(s.meetingAllCriteria()).isEqualTo(42);
		assertThat(s.recognised()).isEqualTo(36);
		assertThat(s.averageCriteriaMet()).isEqualByComparingTo(new BigDecimal("16.00"));
		assertThat(s.recognisedByTier().get(Tier.ADVANCED)).isEqualTo(3);
		assertThat(s.communesWithData()).isEqualTo(85);
	}

	@Test
	void endOf2021Gives35RecognisedAverage15Point88And3Advanced() {
		Summary s = assessments.summary("62", Period.year(2021));
		assertThat(s.communesInScope()).isEqualTo(85);
		assertThat(s.recognised()).isEqualTo(35);
		assertThat(s.meetingAllCriteria()).isEqualTo(35);
		assertThat(s.averageCriteriaMet()).isEqualByComparingTo(new BigDecimal("15.88"));
		assertThat(s.recognisedByTier().get(Tier.ADVANCED)).isEqualTo(3);
	}

	@Test
	void the2022TargetCommunesProgressAndAllButOneReachTheStandard() {
		Map<String, CommuneRow> y2021 = rows(Period.year(2021));
		Map<String, CommuneRow> y2022 = rows(Period.year(2022));
		List<String> targets = DemoPlan.TARGETS_2022_STANDARD;
		for (String commune : targets) {
			assertThat(y2022.get(commune).criteriaMet()).as(commune)
				.isGreaterThan(y2021.get(commune).criteriaMet());
		}
		assertThat(targets.stream().filter(c -> y2022.get(c).allMet()).count()).isEqualTo(7);
	}

	@Test
	void monthlyValuesThrough2023ShowProgressTowardsThe2023Targets() {
		Map<String, CommuneRow> dec2022 = rows(Period.year(2022));
		Map<String, CommuneRow> dec2023 = rows(Period.month(2023, 12));
		for (String commune : DemoPlan.TARGETS_2023_STANDARD) {
			assertThat(dec2023.get(commune).criteriaMet()).as(commune)
				.isGreaterThan(dec2022.get(commune).criteriaMet());
		}
		Summary june = assessments.summary("62", Period.month(2023, 6));
		assertThat(june.averageCriteriaMet()).isGreaterThan(new BigDecimal("16.00"));
	}

	@Test
	void districtFiguresAddUpToTheProvince() {
		Summary s = assessments.summary("62", Period.year(2022));
		assertThat(s.districts()).isNotEmpty();
		assertThat(s.districts().stream().mapToInt(Summary.Line::communesInScope).sum()).isEqualTo(85);
		assertThat(s.districts().stream().mapToInt(Summary.Line::meetingAllCriteria).sum()).isEqualTo(42);
	}

	private Map<String, CommuneRow> rows(Period period) {
		return assessments.matrix("62", period).stream()
			.collect(Collectors.toMap(CommuneRow::unitCode, Function.identity()));
	}
}
