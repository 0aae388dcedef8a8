package vn.ntm.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import vn.ntm.shared.AuditEvent;

/**
 * The geography module alone (with the shared one; it needs no other): serving a province publishes
 * {@link ProvinceServed}, for the modules that hold reference data per province, and its audit event; a refused
 * choice and a province already served publish nothing. The install starts serving no province.
 */
@ApplicationModuleTest(extraIncludes = "shared")
@ActiveProfiles("test")
@TestPropertySource(properties = "ntm.province=")
class GeographyModuleTests {

	@Autowired
	Installation installation;

	@Test
	void servingAProvincePublishesProvinceServedAndItsAuditOnce(AssertablePublishedEvents events) {
		installation.serve(List.of("42"));

		assertThat(installation.servedProvinces()).containsExactly("42");
		assertThat(events).contains(ProvinceServed.class).matching(ProvinceServed::provinceCode, "42");
		assertThat(events).contains(AuditEvent.class)
			.matching(AuditEvent::entityType, "served-province")
			.matching(AuditEvent::entityId, "42");

		installation.serve(List.of("42"));
		assertThat(events.ofType(ProvinceServed.class)).hasSize(1);
		assertThat(events.ofType(AuditEvent.class)).hasSize(1);
	}

	@Test
	void aRefusedChoicePublishesNothing(AssertablePublishedEvents events) {
		assertThatExceptionOfType(InstallationRefused.class).isThrownBy(() -> installation.serve(List.of("62")));

		assertThat(events.ofType(ProvinceServed.class)).isEmpty();
		assertThat(events.ofType(AuditEvent.class)).isEmpty();
	}
}
