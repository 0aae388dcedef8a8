package vn.ntm.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import vn.ntm.criteria.Tier;
import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Geography;
import vn.ntm.geography.UnitLevel;
import vn.ntm.identity.Access;
import vn.ntm.recognition.Recognitions.NewRecognition;
import vn.ntm.shared.AuditEvent;

/**
 * The recognition module alone (with the shared one): deciding and revoking a recognition publishes what happened,
 * for the modules that react, and the audit event. Geography and identity are mocked.
 */
@ApplicationModuleTest(extraIncludes = "shared")
@ActiveProfiles("test")
class RecognitionModuleTests {

	static final String DAK_MAR = "23512";
	static final AdministrativeUnit COMMUNE = new AdministrativeUnit(DAK_MAR, "Xã Đăk Mar", "Xã", UnitLevel.COMMUNE,
			"610", "/62/610/23512/", LocalDate.of(2020, 1, 1), null, null, false);

	@Autowired
	Recognitions recognitions;

	@MockitoBean
	Geography geography;

	@MockitoBean
	Access access;

	// the dossier workflow's collaborators in other modules
	@MockitoBean
	vn.ntm.identity.Directory directory;

	@MockitoBean
	vn.ntm.organization.Organizations organizations;

	@MockitoBean
	vn.ntm.criteria.CriteriaSets criteriaSets;

	@MockitoBean
	DossierEvidence evidence;

	@BeforeEach
	void anOfficeOfKonTum() {
		when(access.currentUsername()).thenReturn("office");
		when(geography.findLatest(eq(DAK_MAR), any())).thenReturn(Optional.of(COMMUNE));
	}

	@Test
	void decidingARecognitionPublishesRecognitionDecidedAndItsAudit(AssertablePublishedEvents events) {
		recognitions.decide(new NewRecognition(DAK_MAR, Tier.STANDARD, "12/QĐ-UBND", LocalDate.of(2022, 12, 1),
				"UBND tỉnh Kon Tum", null, null, false));

		assertThat(events).contains(RecognitionDecided.class)
			.matching(RecognitionDecided::unitCode, DAK_MAR)
			.matching(RecognitionDecided::tier, Tier.STANDARD)
			.matching(RecognitionDecided::decisionNumber, "12/QĐ-UBND");
		assertThat(events).contains(AuditEvent.class)
			.matching(AuditEvent::entityType, "recognition")
			.matching(AuditEvent::action, "create");
	}

	@Test
	void revokingARecognitionPublishesRecognitionRevoked(AssertablePublishedEvents events) {
		Recognition decided = recognitions.decide(new NewRecognition(DAK_MAR, Tier.STANDARD, "13/QĐ-UBND",
				LocalDate.of(2022, 12, 1), "UBND tỉnh Kon Tum", null, null, false));

		recognitions.revoke(decided.id(), LocalDate.of(2024, 3, 1), "5/QĐ-UBND", "criteria no longer met",
				decided.version());

		assertThat(events).contains(RecognitionRevoked.class)
			.matching(RecognitionRevoked::unitCode, DAK_MAR)
			.matching(RecognitionRevoked::revocationNumber, "5/QĐ-UBND");
	}
}
