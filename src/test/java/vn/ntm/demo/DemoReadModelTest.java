package vn.ntm.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import vn.ntm.assessment.Assessments;
import vn.ntm.assessment.CommuneRow;
import vn.ntm.assessment.UnitStatus;
import vn.ntm.shared.Period;

/**
 * The status read model that summaries and the matrix use agrees, commune by commune, with evaluating the
 * carried-forward values directly, at year ends and in the middle of a year of monthly values.
 */
// the same context as AuthorizationMatrixTest and the other MockMvc tests over the demo: no port needed
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "demo" })
@WithMockUser(username = "vpdp")
class DemoReadModelTest {

	@Autowired
	Assessments assessments;

	@Test
	void theMatrixAgreesWithEachCommunesOwnStatus() {
		for (String period : new String[] { "2021", "2022", "2023-02", "2023-06", "2023-Q3", "2023-12", "2024" }) {
			Period p = Period.parse(period);
			for (CommuneRow row : assessments.matrix("62", p)) {
				UnitStatus status = assessments.status(row.unitCode(), p, null);
				assertThat(row.criteriaMet()).as(row.unitCode() + " " + period).isEqualTo(status.criteriaMet());
				assertThat(row.allMet()).as(row.unitCode() + " " + period).isEqualTo(status.allMet());
				status.criteria().forEach(c -> assertThat(row.criteria().get(c.number()))
					.as(row.unitCode() + " " + period + " criterion " + c.number()).isEqualTo(c.status()));
			}
		}
	}
}
