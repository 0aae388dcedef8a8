package vn.ntm.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import vn.ntm.assessment.Assessments;
import vn.ntm.criteria.CriteriaSets;
import vn.ntm.geography.Geography;
import vn.ntm.geography.ProvinceServed;
import vn.ntm.identity.Access;
import vn.ntm.identity.Directory;
import vn.ntm.organization.Organizations;
import vn.ntm.recognition.Recognitions;

/**
 * The planning module alone (with the shared one), the modules it calls mocked: geography holds no unit, so no
 * reference plan is loaded at start; geography's {@link ProvinceServed} for Hà Tĩnh, delivered after the commit by
 * the event publication registry, makes the module load Hà Tĩnh's 2024 reference plan and completes the publication.
 */
@ApplicationModuleTest(extraIncludes = "shared")
@ActiveProfiles("test")
class PlanningModuleTests {

	@Autowired
	Plans plans;

	@Autowired
	JdbcClient jdbc;

	@MockitoBean
	vn.ntm.tasks.Tasks tasks;

	@MockitoBean
	Geography geography;

	@MockitoBean
	Access access;

	@MockitoBean
	Directory directory;

	@MockitoBean
	Assessments assessments;

	@MockitoBean
	CriteriaSets criteriaSets;

	@MockitoBean
	Organizations organizations;

	@MockitoBean
	Recognitions recognitions;

	@Test
	void aProvinceServedLoadsItsReferencePlan(Scenario scenario) {
		assertThat(plans.find("42", 2024)).isEmpty();

		scenario.publish(new ProvinceServed("42", List.of("42")))
			.andWaitAtMost(Duration.ofSeconds(20))
			.andWaitForStateChange(() -> plans.find("42", 2024))
			.andVerify(plan -> {
				assertThat(plan).hasValueSatisfying(p -> {
					assertThat(p.title()).contains("2024").contains("Hà Tĩnh");
					assertThat(p.targets()).isNotEmpty();
				});
			});

		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM event_publication
				WHERE event_type = ? AND completion_date IS NULL""").param(ProvinceServed.class.getName())
			.query(Long.class).single()).isZero());
		// only Hà Tĩnh's: Kon Tum's plans wait for Quảng Ngãi
		assertThat(plans.find("62", 2022)).isEmpty();
	}
}
