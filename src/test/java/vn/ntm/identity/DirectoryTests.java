package vn.ntm.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DirectoryTests extends IdentityTestSupport {

	@Autowired
	Directory directory;

	@Test
	void holdersAreTheEnabledUsersWithExactlyThatRoleAndScopeWithTheirEmail() {
		String yte = organizationId("so-yte");
		String officer = userWith(new Grant(Role.DEPARTMENT_OFFICER, yte));
		String decoy = userWith(new Grant(Role.DEPARTMENT_OFFICER, organizationId("so-gtvt")));
		String district = userWith(new Grant(Role.DISTRICT_OFFICER, "615"));
		directory.setEmail(officer, " yte@kontum.gov.vn ");

		// other tests share this database, so other holders of the same grant may exist
		assertThat(directory.holders(Role.DEPARTMENT_OFFICER, yte))
			.contains(new Directory.Person(officer, "Test " + officer, "yte@kontum.gov.vn"))
			.extracting(Directory.Person::username).doesNotContain(decoy, district);
		assertThat(directory.holders(Role.DISTRICT_OFFICER, "615")).extracting(Directory.Person::username)
			.contains(district).doesNotContain(officer, decoy);
		assertThat(directory.holders(Role.DISTRICT_OFFICER, "61")).extracting(Directory.Person::username)
			.doesNotContain(district);

		directory.setEmail(officer, null);
		assertThat(directory.holders(Role.DEPARTMENT_OFFICER, yte)).filteredOn(p -> p.username().equals(officer))
			.singleElement().extracting(Directory.Person::email).isNull();
		assertThatThrownBy(() -> directory.setEmail(officer, "not-an-address")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> directory.setEmail("nobody-" + officer, "a@b.vn")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theCurrentGrantsAreTheSignedInUsersRolesAndNoneForAnAnonymousCaller() {
		String officer = userWith(new Grant(Role.DISTRICT_OFFICER, "615"), new Grant(Role.LEADER, "62"));
		assertThat(directory.currentGrants()).isEmpty();
		signIn(officer);
		assertThat(directory.currentGrants()).containsExactlyInAnyOrder(new Grant(Role.DISTRICT_OFFICER, "615"),
				new Grant(Role.LEADER, "62"));
	}
}
