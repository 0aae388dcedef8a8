package vn.ntm.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ntm.identity.KonTumUnits.*;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.ntm.organization.SupportAssignment;
import vn.ntm.organization.SupportRole;
import vn.ntm.organization.internal.JdbcOrganizations;

class AccessTests extends IdentityTestSupport {

	static final String SET = "xa-ntm-2021-2025";

	@Autowired
	Access access;

	@Autowired
	JdbcOrganizations organizationStore;

	@Test
	void districtOfficerWritesTheCommunesOfItsDistrictButNotThoseOfAnotherDistrict() {
		signIn(userWith(new Grant(Role.DISTRICT_OFFICER, "615")));

		assertThat(access.canWriteValue(DAK_MAR, SET, 2)).isTrue();
		assertThat(access.canWriteValue(DAK_BLO, SET, 2)).isFalse();
		assertThat(access.canWriteValue(DECOY_6150, SET, 2)).isFalse();
		assertThat(access.canRead(DAK_BLO)).isFalse();
		assertThat(access.canManage("62")).isFalse();
		assertThat(access.readablePaths()).containsExactly("/62/615/");
	}

	@Test
	void communeOfficerWritesOnlyItsOwnCommune() {
		signIn(userWith(new Grant(Role.COMMUNE_OFFICER, "23512")));

		assertThat(access.canWriteValue(DAK_MAR, SET, 15)).isTrue();
		assertThat(access.canWriteValue(DAK_UI, SET, 15)).isFalse();
		assertThat(access.canRead(DAK_HA)).isFalse();
	}

	@Test
	void aCommuneWhoseCodeSurvivedThe2025ReformIsTheOfficersCommuneBeforeAndAfterIt() {
		signIn(userWith(new Grant(Role.COMMUNE_OFFICER, "23512")));

		assertThat(access.canRead(DAK_MAR)).as("Đăk Mar of Đắk Hà, 2022").isTrue();
		assertThat(access.canRead(KonTumUnits.DAK_MAR_2025)).as("Đăk Mar of Quảng Ngãi, 2026").isTrue();
		assertThat(access.readablePaths()).containsExactlyInAnyOrder("/62/615/23512/", "/51/23512/");
	}

	@Test
	void departmentWritesTheCriteriaAssignedToItInEveryCommuneOfItsProvinceAndNoOther() {
		signIn(userWith(new Grant(Role.DEPARTMENT_OFFICER, organizationId("so-gtvt"))));

		assertThat(access.canWriteValue(DAK_MAR, SET, 2)).isTrue();
		assertThat(access.canWriteValue(DAK_BLO, SET, 2)).isTrue();
		assertThat(access.canWriteValue(DAK_MAR, SET, 15)).isFalse();
		assertThat(access.canWriteValue(OTHER_PROVINCE, SET, 2)).isFalse();
		assertThat(access.canWriteValue(DAK_MAR, "another-set", 2)).isFalse();
		assertThat(access.canRead(DAK_BLO)).isTrue();
		assertThat(access.readablePaths()).containsExactly("/62/");
	}

	@Test
	void supportingDepartmentWritesTheCriterionItSupports() {
		signIn(userWith(new Grant(Role.DEPARTMENT_OFFICER, organizationId("so-yte"))));

		assertThat(access.canWriteValue(DAK_MAR, SET, 15)).isTrue();
		assertThat(access.canWriteValue(DAK_MAR, SET, 17)).isTrue();
		assertThat(access.canWriteValue(DAK_MAR, SET, 2)).isFalse();
	}

	@Test
	void sponsorReadsOnlyTheUnitsItSupportsAndWritesNothing() {
		String sponsor = organizationId("so-tp");
		organizationStore.addSupportAssignment(
				new SupportAssignment(0, Long.parseLong(sponsor), "23509", 2023, SupportRole.SUPPORT));
		signIn(userWith(new Grant(Role.SPONSOR, sponsor)));

		assertThat(access.canRead(DAK_UI)).isTrue();
		assertThat(access.canRead(DAK_MAR)).isFalse();
		assertThat(access.canRead(DAK_HA)).isFalse();
		assertThat(access.canWriteValue(DAK_UI, SET, 2)).isFalse();
	}

	@Test
	void aSupportAssignmentOutsideTheSponsorsProvinceGrantsNothing() {
		String sponsor = organizationId("so-nv");
		organizationStore.addSupportAssignment(
				new SupportAssignment(0, Long.parseLong(sponsor), "18100", 2023, SupportRole.SPONSOR));
		signIn(userWith(new Grant(Role.SPONSOR, sponsor)));

		assertThat(access.canRead(OTHER_PROVINCE)).isFalse();
	}

	@Test
	void leaderReadsItsUnitButWritesNothing() {
		signIn(userWith(new Grant(Role.LEADER, "62")));

		assertThat(access.canRead(DAK_BLO)).isTrue();
		assertThat(access.canRead(OTHER_PROVINCE)).isFalse();
		assertThat(access.canWriteValue(DAK_BLO, SET, 2)).isFalse();
		assertThat(access.canManage("62")).isFalse();
	}

	@Test
	void coordinationOfficeManagesAndWritesItsProvinceOnly() {
		signIn(userWith(new Grant(Role.COORDINATION_OFFICE, "62")));

		assertThat(access.canManage("62")).isTrue();
		assertThat(access.canManage("42")).isFalse();
		assertThat(access.canWriteValue(DAK_BLO, SET, 19)).isTrue();
		assertThat(access.canWriteValue(OTHER_PROVINCE, SET, 19)).isFalse();
	}

	@Test
	void systemAdminMayDoEverything() {
		signIn(userWith(new Grant(Role.SYSTEM_ADMIN, "")));

		assertThat(access.canManage("42")).isTrue();
		assertThat(access.canWriteValue(OTHER_PROVINCE, SET, 1)).isTrue();
		assertThat(access.readablePaths()).containsExactly("/");
	}

	@Test
	void aUserHoldingSeveralRolesGetsTheUnionOfTheirScopes() {
		signIn(userWith(new Grant(Role.COMMUNE_OFFICER, "23512"), new Grant(Role.LEADER, "610")));

		assertThat(access.canRead(DAK_BLO)).isTrue();
		assertThat(access.canWriteValue(DAK_BLO, SET, 1)).isFalse();
		assertThat(access.canWriteValue(DAK_MAR, SET, 1)).isTrue();
	}

	@Test
	void nobodySignedInMayDoNothing() {
		assertThat(access.currentUsername()).isEqualTo("anonymous");
		assertThat(access.canRead(DAK_MAR)).isFalse();
		assertThat(access.readablePaths()).isEmpty();
	}

	@Test
	void aDisabledUserLosesItsScopes() {
		String username = userWith(new Grant(Role.COORDINATION_OFFICE, "62"));
		long version = jdbc.sql("SELECT version FROM identity_user WHERE username = ?").param(username)
				.query(Long.class).single();
		users.update(username, "x", false, version);
		signIn(username);

		assertThat(access.canRead(DAK_MAR)).isFalse();
	}
}
