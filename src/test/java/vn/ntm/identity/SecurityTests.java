package vn.ntm.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import vn.ntm.identity.internal.ApiTokens;

class SecurityTests extends IdentityTestSupport {

	@Autowired
	ApiTokens tokens;

	@Test
	void bootstrapAdminCallsTheApiWithHttpBasic() throws Exception {
		mvc.perform(get("/api/v1/me").with(httpBasic("admin", "test-admin-password")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.username").value("admin"))
				.andExpect(jsonPath("$.readablePaths[0]").value("/"));
	}

	@Test
	void apiWithoutCredentialsAnswers401AsProblemJson() throws Exception {
		mvc.perform(get("/api/v1/me"))
				.andExpect(status().isUnauthorized())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.status").value(401));
	}

	@Test
	void pagesRedirectAnonymousUsersToTheLoginPage() throws Exception {
		mvc.perform(get("/")).andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/login"));
		mvc.perform(get("/login")).andExpect(status().isOk());
	}

	@Test
	void formLoginWithTheRightPasswordOpensASession() throws Exception {
		String username = userWith(new Grant(Role.LEADER, "62"));
		mvc.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf()))
				.andExpect(redirectedUrl("/"));
		assertThat(auditCount(username, "login", "success")).isEqualTo(1);
	}

	@Test
	void fiveFailuresFromAnotherAddressNeitherLockTheOwnerOutNorStopHisToken() throws Exception {
		String username = userWith(new Grant(Role.LEADER, "62"));
		var token = tokens.create(username, "sync", null);
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/login").param("username", username).param("password", "wrong").with(csrf())
					.with(from("10.0.0.1")))
					.andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf())
				.with(from("10.0.0.1")))
				.andExpect(redirectedUrl("/login?wait=30"));
		mvc.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf())
				.with(from("10.0.0.2")))
				.andExpect(redirectedUrl("/"));
		mvc.perform(get("/api/v1/me").with(httpBasic(username, PASSWORD)).with(from("10.0.0.2")))
				.andExpect(status().isOk());
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.secret()).with(from("10.0.0.1")))
				.andExpect(status().isOk());
		assertThat(auditCount(username, "login", "throttle")).isEqualTo(1);
	}

	@Test
	void unknownAndKnownNamesGetTheSameAnswersIncludingWhenThrottled() throws Exception {
		String username = userWith(new Grant(Role.LEADER, "62"));
		for (String name : new String[] { username, "nobody-" + username }) {
			for (int i = 0; i < 5; i++) {
				mvc.perform(post("/login").param("username", name).param("password", "wrong").with(csrf())
						.with(from("10.0.1.1")))
						.andExpect(redirectedUrl("/login?error"));
			}
			mvc.perform(post("/login").param("username", name).param("password", "wrong").with(csrf())
					.with(from("10.0.1.1")))
					.andExpect(redirectedUrl("/login?wait=30"));
		}
	}

	@Test
	void httpBasicFailuresAreThrottledWith429AndRetryAfter() throws Exception {
		String username = userWith(new Grant(Role.LEADER, "62"));
		for (int i = 0; i < 5; i++) {
			mvc.perform(get("/api/v1/me").with(httpBasic(username, "wrong")).with(from("10.0.2.1")))
					.andExpect(status().isUnauthorized());
		}
		mvc.perform(get("/api/v1/me").with(httpBasic(username, PASSWORD)).with(from("10.0.2.1"))
				.header("Accept-Language", "en"))
				.andExpect(status().isTooManyRequests())
				.andExpect(header().string("Retry-After", "30"))
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.status").value(429))
				.andExpect(jsonPath("$.detail").value("Too many failed logins. Please try again in 30 seconds."));
		mvc.perform(get("/api/v1/me").with(httpBasic(username, PASSWORD)).with(from("10.0.2.2")))
				.andExpect(status().isOk());
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
		return r -> {
			r.setRemoteAddr(address);
			return r;
		};
	}

	@Test
	void fewerFailuresThanTheLimitAreForgottenAfterASuccessfulLogin() throws Exception {
		String username = userWith(new Grant(Role.LEADER, "62"));
		for (int i = 0; i < 4; i++) {
			mvc.perform(post("/login").param("username", username).param("password", "wrong").with(csrf()));
		}
		mvc.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf()))
				.andExpect(redirectedUrl("/"));
		mvc.perform(post("/login").param("username", username).param("password", "wrong").with(csrf()))
				.andExpect(redirectedUrl("/login?error"));
		mvc.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf()))
				.andExpect(redirectedUrl("/"));
	}

	@Test
	void tooManyLoginAttemptsFromOneAddressAreRefused() throws Exception {
		for (int i = 0; i < 20; i++) {
			mvc.perform(post("/login").param("username", "nobody-" + i).param("password", "x").with(csrf())
					.with(r -> { r.setRemoteAddr("10.9.9.9"); return r; }))
					.andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(post("/login").param("username", "nobody").param("password", "x").with(csrf())
				.with(r -> { r.setRemoteAddr("10.9.9.9"); return r; }))
				.andExpect(redirectedUrl("/login?rate"));
	}

	@Test
	void aFormPostWithoutCsrfTokenIsRejected() throws Exception {
		String username = userWith(new Grant(Role.LEADER, "62"));
		mvc.perform(post("/login").param("username", username).param("password", PASSWORD))
				.andExpect(status().isForbidden());
		mvc.perform(post("/logout").with(user(username))).andExpect(status().isForbidden());
	}

	@Test
	void apiTokenAuthenticatesAsItsOwnerUntilRevoked() throws Exception {
		String username = userWith(new Grant(Role.DISTRICT_OFFICER, "615"));
		var created = tokens.create(username, "sync", null);
		assertThat(created.secret()).startsWith("ntm_");

		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + created.secret()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.username").value(username))
				.andExpect(jsonPath("$.readablePaths[0]").value("/62/615/"));

		signIn(username);
		assertThat(tokens.revoke(username, created.id())).isTrue();
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + created.secret()))
				.andExpect(status().isUnauthorized())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(auditCount(String.valueOf(created.id()), "api-token", "revoke")).isEqualTo(1);
	}

	@Test
	void anExpiredOrUnknownTokenIsRefused() throws Exception {
		String username = userWith(new Grant(Role.LEADER, "62"));
		var expired = tokens.create(username, "old", Instant.now().minusSeconds(60));
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + expired.secret()))
				.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer ntm_made-up"))
				.andExpect(status().isUnauthorized());
	}

	@Test
	void anotherUserCannotRevokeMyToken() {
		String owner = userWith(new Grant(Role.LEADER, "62"));
		String other = userWith(new Grant(Role.LEADER, "62"));
		var created = tokens.create(owner, "mine", null);
		assertThat(tokens.revoke(other, created.id())).isFalse();
	}

	@Test
	void responsesCarryAContentSecurityPolicyAndRefuseFraming() throws Exception {
		mvc.perform(get("/login"))
				.andExpect(header().string("Content-Security-Policy",
						org.hamcrest.Matchers.containsString("frame-ancestors 'none'")))
				.andExpect(header().string("Content-Security-Policy",
						org.hamcrest.Matchers.containsString("style-src 'self' 'unsafe-inline'")))
				.andExpect(header().string("X-Frame-Options", "DENY"))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	@Test
	void theLoginPageIsVietnameseByDefaultAndEnglishOnRequest() throws Exception {
		mvc.perform(get("/login")).andExpect(content().string(org.hamcrest.Matchers.containsString("Mật khẩu")));
		mvc.perform(get("/login").param("lang", "en"))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("Password")));
	}

	@Test
	void noStackTraceReachesTheUser() throws Exception {
		mvc.perform(get("/api/v1/me").with(httpBasic("admin", "test-admin-password")).param("x", "y"))
				.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("at vn.ntm"))));
	}

	long auditCount(String entityId, String entityType, String action) {
		return jdbc.sql("SELECT COUNT(*) FROM identity_audit_log WHERE entity_id = ? AND entity_type = ? AND action = ?")
				.params(entityId, entityType, action).query(Long.class).single();
	}
}
