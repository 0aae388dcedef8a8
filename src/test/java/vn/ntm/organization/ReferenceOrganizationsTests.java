package vn.ntm.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

/** Kon Tum's departments are reference data a province's set-up (or the demo) loads, not rows every install gets. */
@SpringBootTest(properties = "ntm.organization.reference-provinces=")
@ActiveProfiles("test")
@Transactional
class ReferenceOrganizationsTests {

	static final String KON_TUM = "62";
	static final String SET = "xa-ntm-2021-2025";

	@Autowired
	Organizations organizations;

	@Test
	void aNewInstallWithoutTheDemoHasNoOrganizationOfKonTum() {
		assertThat(organizations.all(KON_TUM)).isEmpty();
		assertThat(organizations.criterionAssignments(KON_TUM, SET)).isEmpty();
	}

	@Test
	void loadingKonTumsReferenceGivesItsUsualDepartmentsAndWhoAnswersForEachCriterion() {
		organizations.loadReference(KON_TUM);

		assertThat(organizations.all(KON_TUM)).hasSize(26)
			.allMatch(Organization::toConfirm)
			.filteredOn(o -> o.kind() == OrganizationKind.DISTRICT_COMMITTEE).hasSize(10);
		assertThat(organizations.criterionAssignments(KON_TUM, SET)).hasSize(19)
			.allMatch(a -> a.status() == AssignmentStatus.TO_CONFIRM);
		assertThat(organizations.leadDepartmentFor(SET, 17, KON_TUM)).map(Organization::shortCode).hasValue("so-tnmt");
		long health = organizations.findByShortCode(KON_TUM, "so-yte").orElseThrow().id();
		assertThat(organizations.assignedCriteria(health, SET)).containsExactlyInAnyOrder(15, 17);
		assertThat(organizations.findByShortCode(KON_TUM, "ubnd-618")).map(Organization::name)
			.hasValue("Ủy ban nhân dân Huyện Ia H' Drai");
	}

	@Test
	void loadingAgainAddsNothing() {
		organizations.loadReference(KON_TUM);
		organizations.loadReference(KON_TUM);

		assertThat(organizations.all(KON_TUM)).hasSize(26);
		assertThat(organizations.criterionAssignments(KON_TUM, SET)).hasSize(19);
	}

	@Test
	void aProvinceWithoutReferenceDataIsRefused() {
		assertThatThrownBy(() -> organizations.loadReference("99")).isInstanceOf(IllegalArgumentException.class);
	}
}
