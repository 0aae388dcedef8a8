package vn.ntm.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import vn.ntm.geography.Geography;
import vn.ntm.identity.Access;
import vn.ntm.shared.AuditEvent;

/**
 * The criteria module alone (with the shared one), geography and identity mocked: importing a province's own
 * version of a set publishes {@link CriteriaSetVersionAdded}, on which the assessment module evaluates the recorded
 * values again, and its audit event; a file refused publishes nothing.
 */
@ApplicationModuleTest(extraIncludes = "shared")
@ActiveProfiles("test")
class CriteriaModuleTests {

	static final String STANDARD_SET = "xa-ntm-2021-2025";

	@Autowired
	CriteriaSets sets;

	@MockitoBean
	Geography geography;

	@MockitoBean
	Access access;

	@Test
	void importingAProvinceVersionPublishesCriteriaSetVersionAdded(AssertablePublishedEvents events) throws IOException {
		int next = sets.versions(STANDARD_SET).size() + 1;

		sets.importYaml(yaml(konTumVersion()), "office");

		assertThat(events).contains(CriteriaSetVersionAdded.class)
			.matching(CriteriaSetVersionAdded::code, STANDARD_SET)
			.matching(CriteriaSetVersionAdded::version, next)
			.matching(CriteriaSetVersionAdded::provinceCode, "62");
		assertThat(events).contains(AuditEvent.class)
			.matching(AuditEvent::entityType, "criteria-set-version")
			.matching(AuditEvent::entityId, STANDARD_SET + "/" + next);
	}

	@Test
	void aRefusedFilePublishesNothing(AssertablePublishedEvents events) {
		assertThatExceptionOfType(CriteriaSetRejected.class)
			.isThrownBy(() -> sets.importYaml(yaml("set_id: [not a set"), "office"));

		assertThat(events.ofType(CriteriaSetVersionAdded.class)).isEmpty();
		assertThat(events.ofType(AuditEvent.class)).isEmpty();
	}

	/** Kon Tum's own version of the national set, with its decision and a threshold of its own for indicator 2.1. */
	private static String konTumVersion() throws IOException {
		try (InputStream in = CriteriaModuleTests.class.getResourceAsStream("/criteria/commune-standard-2021-2025.yaml")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8)
				.replace("set_id: xa-ntm-2021-2025\n",
						"set_id: xa-ntm-2021-2025\nprovince: \"62\"\ndocument: {number: 999/QĐ-UBND, date: 2022-09-15}\n")
				.replaceFirst("comparison: \">=\"\n        threshold: null",
						"comparison: \">=\"\n        threshold: {all: 100, TN: 90}");
		}
	}

	private static InputStream yaml(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}
}
