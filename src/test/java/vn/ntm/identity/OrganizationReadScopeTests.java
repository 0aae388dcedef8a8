package vn.ntm.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.ntm.organization.SupportAssignment;
import vn.ntm.organization.SupportRole;
import vn.ntm.organization.internal.JdbcOrganizations;

/** The organizations and assignments of a province are read only by who reads or configures that province. */
class OrganizationReadScopeTests extends IdentityTestSupport {

	static final String KON_TUM = "62";
	static final String HA_TINH = "42";
	static final String[] PAGES = { "/organizations", "/organizations/assignments" };

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcOrganizations organizationStore;

	void expect(String username, String province, int status) throws Exception {
		for (String page : PAGES) {
			mvc.perform(get(page).param("province", province).with(user(accounts.loadUserByUsername(username))))
					.andExpect(status().is(status));
		}
	}

	@Test
	void aCommuneOfficerReadsHisOwnProvinceOnly() throws Exception {
		String officer = userWith(new Grant(Role.COMMUNE_OFFICER, "23512"));
		expect(officer, KON_TUM, 200);
		expect(officer, HA_TINH, 403);
	}

	@Test
	void aSponsorReadsTheProvinceOfTheCommunesItSupportsOnly() throws Exception {
		String sponsor = organizationId("so-tp");
		organizationStore.addSupportAssignment(
				new SupportAssignment(0, Long.parseLong(sponsor), "23509", 2031, SupportRole.SUPPORT));
		String username = userWith(new Grant(Role.SPONSOR, sponsor));
		expect(username, KON_TUM, 200);
		expect(username, HA_TINH, 403);
	}

	@Test
	void theCoordinationOfficeReadsItsProvinceAndASystemAdminEveryProvince() throws Exception {
		String office = userWith(new Grant(Role.COORDINATION_OFFICE, KON_TUM));
		expect(office, KON_TUM, 200);
		expect(office, HA_TINH, 403);
		String admin = userWith(new Grant(Role.SYSTEM_ADMIN, ""));
		expect(admin, KON_TUM, 200);
		expect(admin, HA_TINH, 200);
	}
}
