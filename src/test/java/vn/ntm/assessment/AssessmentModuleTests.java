package vn.ntm.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import vn.ntm.criteria.CriteriaSetVersionAdded;
import vn.ntm.organization.Organizations;
import vn.ntm.shared.AuditEvent;

/**
 * The assessment module with the modules it calls (criteria, geography, identity, recognition) and the shared one:
 * not alone, because the status it computes needs the real criteria sets in force (thresholds by region and year)
 * and the real units of the province, which mocks would have to copy; only organizations, which identity calls, is
 * mocked. Recording values publishes {@link ValuesRecorded} and its audit event, and the status read model holds the
 * unit's status as soon as the write returns; a new version of a set ({@link CriteriaSetVersionAdded}) rebuilds the
 * status of the units with values of it. Only Quảng Ngãi (with Kon Tum's old units) is served.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "shared")
@ActiveProfiles("test")
@TestPropertySource(properties = "ntm.province=51")
class AssessmentModuleTests {

	static final String DAK_MAR = "23512";
	static final String STANDARD_SET = "xa-ntm-2021-2025";

	@Autowired
	Assessments assessments;

	@Autowired
	JdbcClient jdbc;

	@MockitoBean
	Organizations organizations;

	@Test
	@WithMockUser("admin")
	void recordingValuesPublishesValuesRecordedAndUpdatesTheStatusReadModel(AssertablePublishedEvents events) {
		assertThat(status(DAK_MAR, "2023")).isEmpty();

		assessments.record(DAK_MAR, "2023", STANDARD_SET,
				List.of(new ValueInput("1.1", "Đạt", null, null, null), new ValueInput("1.2", true, null, null, null)),
				"module test");

		assertThat(events).contains(ValuesRecorded.class)
			.matching(ValuesRecorded::setCode, STANDARD_SET)
			.matching(ValuesRecorded::unitCodes, List.of(DAK_MAR))
			.matching(ValuesRecorded::periods, List.of("2023"));
		assertThat(events).contains(AuditEvent.class).matching(e -> e.entityId().startsWith(DAK_MAR + "/"));
		// rebuilt after the commit, before the write returned
		assertThat(status(DAK_MAR, "2023")).singleElement().satisfies(row -> assertThat(row)
			.containsEntry("tier", "STANDARD").containsEntry("all_met", false));
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM assessment_criterion_status
				WHERE unit_code = ? AND set_code = ? AND period = '2023' AND criterion_number = 1 AND status = 'MET'""")
			.params(DAK_MAR, STANDARD_SET).query(Long.class).single()).isOne();
	}

	@Test
	@WithMockUser("admin")
	void valuesRecordedAgainUnchangedPublishNothing(AssertablePublishedEvents events) {
		List<ValueInput> values = List.of(new ValueInput("2.1", 85, null, null, null));
		assessments.record("23503", "2023", STANDARD_SET, values, "module test");
		assertThat(events.ofType(ValuesRecorded.class)).hasSize(1);

		assessments.record("23503", "2023", STANDARD_SET, values, "module test");

		assertThat(events.ofType(ValuesRecorded.class)).hasSize(1);
	}

	@Test
	@WithMockUser("admin")
	void aNewVersionOfTheSetRebuildsTheStatusOfTheUnitsWithValues(Scenario scenario) {
		assessments.record("23506", "2022", STANDARD_SET, List.of(new ValueInput("1.1", "Đạt", null, null, null)),
				"module test");
		// as if the rows were out of date
		jdbc.sql("DELETE FROM assessment_status WHERE unit_code = '23506'").update();
		assertThat(status("23506", "2022")).isEmpty();

		scenario.publish(new CriteriaSetVersionAdded(STANDARD_SET, 2, "62"))
			.andWaitForStateChange(() -> status("23506", "2022"), rows -> !rows.isEmpty())
			.andVerify(rows -> assertThat(rows).singleElement().satisfies(row -> assertThat(row)
				.containsEntry("tier", "STANDARD")));
	}

	private List<Map<String, Object>> status(String unit, String period) {
		return jdbc.sql("SELECT tier, all_met FROM assessment_status WHERE unit_code = ? AND set_code = ? AND period = ?")
			.params(unit, STANDARD_SET, period).query().listOfRows();
	}
}
