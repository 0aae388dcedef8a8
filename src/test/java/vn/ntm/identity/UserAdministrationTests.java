package vn.ntm.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The coordination office manages the users of its own province with role pickers; nothing outside its province,
 * no system admin role, every refusal names the field and stores nothing.
 */
class UserAdministrationTests extends IdentityTestSupport {

	@Autowired
	UserDetailsService accounts;

	String office;
	String admin;

	@BeforeEach
	void managers() {
		office = userWith(new Grant(Role.COORDINATION_OFFICE, "62"));
		admin = userWith(new Grant(Role.SYSTEM_ADMIN, ""));
	}

	private UserDetails as(String username) {
		return accounts.loadUserByUsername(username);
	}

	private MockHttpServletRequestBuilder newUser(String username, String role, String scope) {
		return post("/users").param("username", username).param("displayName", "Nguyễn Văn A")
			.param("password", "Ruong-bac-thang9").param("role", role).param("scope", scope).with(csrf());
	}

	private static MockHttpServletRequestBuilder withPassword(String username, String password) {
		return post("/users").param("username", username).param("displayName", "Nguyễn Văn A")
			.param("password", password).param("role", "DISTRICT_OFFICER").param("scope", "615").with(csrf());
	}

	private static String fresh() {
		return "n-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void commonRepeatedOrUsernameBasedPasswordsAreRefusedAndNoAccountIsCreated() throws Exception {
		for (String weak : new String[] { "aaaaaaaaaa", "1234567890", "password123" }) {
			String username = fresh();
			String page = mvc.perform(withPassword(username, weak).with(user(as(office)))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
			assertThat(page).as(weak).contains("quá dễ đoán");
			assertThat(users.find(username)).as(weak).isEmpty();
		}
		String username = fresh();
		String page = mvc.perform(withPassword(username, username + "-2026!").with(user(as(office))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("không được chứa tên đăng nhập");
		assertThat(users.find(username)).isEmpty();
	}

	@Test
	void theCoordinationOfficeListsOnlyTheUsersOfItsProvince() throws Exception {
		String district = userWith(new Grant(Role.DISTRICT_OFFICER, "615"));
		String elsewhere = userWith(new Grant(Role.COMMUNE_OFFICER, "18100"));
		String both = userWith(new Grant(Role.LEADER, "62"), new Grant(Role.COMMUNE_OFFICER, "18100"));

		String page = mvc.perform(get("/users").with(user(as(office)))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains(district).doesNotContain(elsewhere).doesNotContain(both).doesNotContain(admin);

		String all = mvc.perform(get("/users").with(user(as(admin)))).andReturn().getResponse().getContentAsString();
		assertThat(all).contains(district, elsewhere, both, office);
	}

	@Test
	void theCoordinationOfficeCreatesADistrictOfficerOfItsProvinceAndTheAuditEntryIsItsOwn() throws Exception {
		String username = fresh();
		mvc.perform(newUser(username, "DISTRICT_OFFICER", "615").with(user(as(office))))
			.andExpect(redirectedUrl("/users"));

		assertThat(users.grantsOf(username)).containsExactly(new Grant(Role.DISTRICT_OFFICER, "615"));
		assertThat(jdbc.sql("SELECT province_code FROM identity_audit_log WHERE entity_type = 'user' AND entity_id = ?"
				+ " AND action = 'create'").param(username).query(String.class).single()).isEqualTo("62");
	}

	@Test
	void aRoleOutsideTheProvinceOrASystemAdminRoleIsRefusedWithTheFieldNamedAndNothingStored() throws Exception {
		String outside = fresh();
		mvc.perform(newUser(outside, "COMMUNE_OFFICER", "18100").with(user(as(office))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Phạm vi: &quot;18100&quot;")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("nằm ngoài tỉnh bạn quản lý")));
		String adminRole = fresh();
		mvc.perform(newUser(adminRole, "SYSTEM_ADMIN", "").with(user(as(office))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("chỉ quản trị hệ thống")));

		assertThat(jdbc.sql("SELECT COUNT(*) FROM identity_user WHERE username IN (?, ?)").params(outside, adminRole)
			.query(Long.class).single()).isZero();
	}

	@Test
	void aScopeOfTheWrongKindAndABadUsernameAndPasswordAreEachNamed() throws Exception {
		String page = mvc.perform(post("/users").param("username", "Có Dấu").param("displayName", " ")
				.param("password", "short").param("role", "DISTRICT_OFFICER").param("scope", "23512").with(csrf())
				.with(user(as(office))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("Tên đăng nhập: chỉ gồm chữ thường", "Họ tên: bắt buộc",
				"Mật khẩu: cần ít nhất 10 ký tự", "không phải là đơn vị hoặc tổ chức phù hợp với vai trò Cán bộ huyện");
		assertThat(users.grantsOf("có dấu")).isEmpty();
	}

	@Test
	void theCoordinationOfficeCannotOpenOrChangeAUserOfAnotherProvince() throws Exception {
		String elsewhere = userWith(new Grant(Role.COMMUNE_OFFICER, "18100"));
		long version = version(elsewhere);

		mvc.perform(get("/users/" + elsewhere).with(user(as(office)))).andExpect(status().isForbidden());
		mvc.perform(post("/users/" + elsewhere).param("displayName", "hijacked").param("enabled", "false")
				.param("keep", "COMMUNE_OFFICER:18100").param("role", "LEADER").param("scope", "62")
				.param("version", String.valueOf(version)).with(csrf()).with(user(as(office))))
			.andExpect(status().isForbidden());

		assertThat(version(elsewhere)).isEqualTo(version);
		assertThat(users.grantsOf(elsewhere)).containsExactly(new Grant(Role.COMMUNE_OFFICER, "18100"));
	}

	@Test
	void anEditRevokesTheUntickedRoleAddsThePickedOneAndResetsThePassword() throws Exception {
		String officer = userWith(new Grant(Role.DISTRICT_OFFICER, "615"), new Grant(Role.LEADER, "62"));
		String hashBefore = passwordHash(officer);

		mvc.perform(post("/users/" + officer).param("displayName", "Trần Thị B").param("enabled", "true")
				.param("keep", "LEADER:62").param("role", "COMMUNE_OFFICER").param("scope", "23512")
				.param("password", "Mua-lua-chin-vang-26").param("version", String.valueOf(version(officer)))
				.with(csrf()).with(user(as(office))))
			.andExpect(redirectedUrl("/users"));

		assertThat(users.grantsOf(officer)).containsExactlyInAnyOrder(new Grant(Role.LEADER, "62"),
				new Grant(Role.COMMUNE_OFFICER, "23512"));
		assertThat(passwordHash(officer)).isNotEqualTo(hashBefore);
		assertThat(passwords.matches("Mua-lua-chin-vang-26", passwordHash(officer))).isTrue();
	}

	@Test
	void aStaleEditIsReportedAndChangesNothing() throws Exception {
		String officer = userWith(new Grant(Role.DISTRICT_OFFICER, "615"));
		long stale = version(officer);
		mvc.perform(post("/users/" + officer).param("displayName", "First").param("enabled", "true")
				.param("keep", "DISTRICT_OFFICER:615").param("version", String.valueOf(stale)).with(csrf())
				.with(user(as(office))))
			.andExpect(redirectedUrl("/users"));

		mvc.perform(post("/users/" + officer).param("displayName", "Second").param("enabled", "true")
				.param("keep", "DISTRICT_OFFICER:615").param("role", "LEADER").param("scope", "615")
				.param("version", String.valueOf(stale)).with(csrf()).with(user(as(office))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Người khác đã thay đổi")));

		assertThat(jdbc.sql("SELECT display_name FROM identity_user WHERE username = ?").param(officer)
			.query(String.class).single()).isEqualTo("First");
		assertThat(users.grantsOf(officer)).containsExactly(new Grant(Role.DISTRICT_OFFICER, "615"));
	}

	@Test
	void theLastSystemAdminCannotBeRevoked() throws Exception {
		List<String> admins = jdbc.sql("""
				SELECT u.username FROM identity_user u JOIN identity_user_role r ON r.user_id = u.id
				WHERE r.role = 'SYSTEM_ADMIN' AND u.enabled""").query(String.class).list();
		for (String other : admins) {
			if (!other.equals(admin)) {
				jdbc.sql("UPDATE identity_user SET enabled = FALSE WHERE username = ?").param(other).update();
			}
		}
		try {
			mvc.perform(post("/users/" + admin).param("displayName", "Admin").param("enabled", "true")
					.param("version", String.valueOf(version(admin))).with(csrf()).with(user(as(admin))))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("quản trị hệ thống cuối cùng")));
			assertThat(users.grantsOf(admin)).containsExactly(new Grant(Role.SYSTEM_ADMIN, ""));
		}
		finally {
			admins.forEach(a -> jdbc.sql("UPDATE identity_user SET enabled = TRUE WHERE username = ?").param(a)
				.update());
		}
	}

	@Test
	void otherRolesCannotManageUsers() throws Exception {
		for (Grant g : List.of(new Grant(Role.DISTRICT_OFFICER, "615"), new Grant(Role.LEADER, "62"),
				new Grant(Role.COMMUNE_OFFICER, "23512"))) {
			String someone = userWith(g);
			mvc.perform(get("/users").with(user(as(someone)))).andExpect(status().isForbidden());
			String attempt = fresh();
			mvc.perform(newUser(attempt, "LEADER", "615").with(user(as(someone)))).andExpect(status().isForbidden());
			assertThat(users.grantsOf(attempt)).isEmpty();
		}
	}

	private long version(String username) {
		return jdbc.sql("SELECT version FROM identity_user WHERE username = ?").param(username).query(Long.class)
			.single();
	}

	private String passwordHash(String username) {
		return jdbc.sql("SELECT password_hash FROM identity_user WHERE username = ?").param(username)
			.query(String.class).single();
	}
}
