package vn.ntm.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.ntm.organization.CriterionAssignment;

/** Every page and endpoint of the identity and organization modules, for every role: allowed or refused. */
class AuthorizationMatrixTests extends IdentityTestSupport {

	enum Who {
		ANONYMOUS, SYSTEM_ADMIN, COORDINATION_OFFICE, DEPARTMENT_OFFICER, DISTRICT_OFFICER, COMMUNE_OFFICER, LEADER,
		SPONSOR
	}

	static final Set<Who> EVERYONE_SIGNED_IN = Set.of(Who.SYSTEM_ADMIN, Who.COORDINATION_OFFICE,
			Who.DEPARTMENT_OFFICER, Who.DISTRICT_OFFICER, Who.COMMUNE_OFFICER, Who.LEADER, Who.SPONSOR);
	static final Set<Who> PROVINCE_MANAGERS = Set.of(Who.SYSTEM_ADMIN, Who.COORDINATION_OFFICE);
	static final Set<Who> ADMINS = Set.of(Who.SYSTEM_ADMIN);

	@Autowired
	UserDetailsService accounts;

	record Endpoint(String name, Supplier<MockHttpServletRequestBuilder> request, Set<Who> allowed) {
	}

	@Test
	void everyEndpointAllowsExactlyTheRolesItDeclares() throws Exception {
		Map<Who, String> usernames = new EnumMap<>(Who.class);
		usernames.put(Who.SYSTEM_ADMIN, userWith(new Grant(Role.SYSTEM_ADMIN, "")));
		usernames.put(Who.COORDINATION_OFFICE, userWith(new Grant(Role.COORDINATION_OFFICE, "62")));
		usernames.put(Who.DEPARTMENT_OFFICER, userWith(new Grant(Role.DEPARTMENT_OFFICER, organizationId("so-gtvt"))));
		usernames.put(Who.DISTRICT_OFFICER, userWith(new Grant(Role.DISTRICT_OFFICER, "615")));
		usernames.put(Who.COMMUNE_OFFICER, userWith(new Grant(Role.COMMUNE_OFFICER, "23512")));
		usernames.put(Who.LEADER, userWith(new Grant(Role.LEADER, "62")));
		usernames.put(Who.SPONSOR, userWith(new Grant(Role.SPONSOR, organizationId("so-tp"))));

		long organization = organizations.findByShortCode("62", "so-gtvt").orElseThrow().id();
		CriterionAssignment criterion2 = organizations.criterionAssignments("62", "xa-ntm-2021-2025").stream()
				.filter(a -> a.criterionNumber() == 2).findFirst().orElseThrow();

		List<Endpoint> endpoints = List.of(
				new Endpoint("GET /", () -> get("/"), EVERYONE_SIGNED_IN),
				new Endpoint("GET /account/password", () -> get("/account/password"), EVERYONE_SIGNED_IN),
				new Endpoint("GET /account/tokens", () -> get("/account/tokens"), EVERYONE_SIGNED_IN),
				new Endpoint("POST /account/tokens", () -> post("/account/tokens").param("name", "t").with(csrf()),
						EVERYONE_SIGNED_IN),
				new Endpoint("GET /audit", () -> get("/audit"), PROVINCE_MANAGERS),
				new Endpoint("GET /audit/export.xlsx", () -> get("/audit/export.xlsx"), PROVINCE_MANAGERS),
				new Endpoint("GET /users", () -> get("/users"), PROVINCE_MANAGERS),
				new Endpoint("GET /users/new", () -> get("/users/new"), PROVINCE_MANAGERS),
				new Endpoint("POST /users", () -> post("/users").param("username", "n" + UUID.randomUUID().toString()
						.substring(0, 8)).param("displayName", "N").param("password", "0123456789a")
						.param("role", "LEADER").param("scope", "62").with(csrf()), PROVINCE_MANAGERS),
				new Endpoint("GET /users/{username}", () -> get("/users/" + usernames.get(Who.DISTRICT_OFFICER)),
						PROVINCE_MANAGERS),
				new Endpoint("POST /users/{username}", () -> post("/users/" + usernames.get(Who.LEADER))
						.param("displayName", "Lãnh đạo").param("enabled", "true").param("keep", "LEADER:62")
						.param("version", String.valueOf(userVersion(usernames.get(Who.LEADER)))).with(csrf()),
						PROVINCE_MANAGERS),
				new Endpoint("GET /organizations", () -> get("/organizations"), EVERYONE_SIGNED_IN),
				new Endpoint("GET /organizations/new", () -> get("/organizations/new").param("province", "62"),
						PROVINCE_MANAGERS),
				new Endpoint("POST /organizations", () -> post("/organizations").param("provinceCode", "62")
						.param("kind", "DEPARTMENT").param("name", "Sở mới")
						.param("shortCode", "so-" + UUID.randomUUID().toString().substring(0, 8)).with(csrf()),
						PROVINCE_MANAGERS),
				new Endpoint("GET /organizations/{id}/edit", () -> get("/organizations/" + organization + "/edit"),
						PROVINCE_MANAGERS),
				new Endpoint("POST /organizations/{id}", () -> post("/organizations/" + organization)
						.param("kind", "DEPARTMENT").param("name", "Sở Giao thông vận tải").param("shortCode", "so-gtvt")
						.param("toConfirm", "true")
						.param("version", String.valueOf(organizations.find(organization).orElseThrow().version()))
						.with(csrf()), PROVINCE_MANAGERS),
				new Endpoint("GET /organizations/assignments", () -> get("/organizations/assignments"),
						EVERYONE_SIGNED_IN),
				new Endpoint("POST /organizations/assignments/criteria/{id}", () -> post(
						"/organizations/assignments/criteria/" + criterion2.id()).param("province", "62")
						.param("set", "xa-ntm-2021-2025").param("lead", String.valueOf(criterion2.leadOrganizationId()))
						.param("status", "TO_CONFIRM").param("version", String.valueOf(currentVersion(criterion2.id())))
						.with(csrf()), PROVINCE_MANAGERS),
				new Endpoint("POST /organizations/assignments/support", () -> post("/organizations/assignments/support")
						.param("organization", String.valueOf(organization)).param("unit", "23512")
						.param("year", String.valueOf(2000 + (int) (Math.random() * 500))).param("role", "SUPPORT")
						.with(csrf()), PROVINCE_MANAGERS),
				new Endpoint("GET /actuator/prometheus", () -> get("/actuator/prometheus"), ADMINS),
				new Endpoint("GET /api/v1/me", () -> get("/api/v1/me"), EVERYONE_SIGNED_IN));

		List<String> wrong = new ArrayList<>();
		for (Endpoint endpoint : endpoints) {
			for (Who who : Who.values()) {
				var request = endpoint.request().get();
				if (who != Who.ANONYMOUS) {
					request.with(user(accounts.loadUserByUsername(usernames.get(who))));
				}
				int status = mvc.perform(request).andReturn().getResponse().getStatus();
				boolean allowed = status < 300 || (status == 302 && !isLoginRedirect(endpoint, who));
				if (allowed != endpoint.allowed().contains(who)) {
					wrong.add(endpoint.name() + " as " + who + ": " + status);
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void aRefusedOrganizationEditChangesNothing() throws Exception {
		var before = organizations.findByShortCode("62", "so-yte").orElseThrow();
		String district = userWith(new Grant(Role.DISTRICT_OFFICER, "615"));
		mvc.perform(post("/organizations/" + before.id()).param("kind", "SPONSOR").param("name", "hijacked")
				.param("shortCode", "so-yte").param("version", String.valueOf(before.version()))
				.with(user(accounts.loadUserByUsername(district))).with(csrf()))
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isForbidden());
		assertThat(organizations.find(before.id()).orElseThrow()).isEqualTo(before);
	}

	private boolean isLoginRedirect(Endpoint endpoint, Who who) {
		return who == Who.ANONYMOUS;
	}

	private long userVersion(String username) {
		return jdbc.sql("SELECT version FROM identity_user WHERE username = ?").param(username).query(Long.class)
				.single();
	}

	private long currentVersion(long assignmentId) {
		return jdbc.sql("SELECT version FROM organization_criterion_assignment WHERE id = ?").param(assignmentId)
				.query(Long.class).single();
	}
}
