package vn.ntm.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentMatchers;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.ntm.geography.Geography;
import vn.ntm.organization.Organizations;

/** Logs in as each demo account, as a new user would, and checks what the role sees. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "demo" })
class DemoAccountsTests {

	static final List<String> ACCOUNTS = List.of("vpdp", "so-gtvt", "so-yte", "huyen-dakha", "xa-dakmar", "lanhdao",
			"dodau-demo");

	@Autowired
	MockMvc mvc;

	@Autowired
	Organizations organizations;

	@Test
	void everyDemoAccountLogsInWithTheDemoPasswordAndSeesTheDemoBanner() throws Exception {
		for (String username : ACCOUNTS) {
			mvc.perform(get("/home").cookie(logIn(username))).andExpect(status().isOk())
					.andExpect(content().string(org.hamcrest.Matchers.containsString("DỮ LIỆU DEMO")));
		}
	}

	// sessions live in Spring Session's JDBC store, so the session travels as its cookie
	private jakarta.servlet.http.Cookie logIn(String username) throws Exception {
		var response = mvc.perform(post("/login").param("username", username).param("password", "demo12345")
				.with(csrf())).andExpect(redirectedUrl("/")).andReturn().getResponse();
		return response.getCookie("SESSION");
	}

	@Test
	void demoAccountsSeeOnlyWhatTheirRoleAllows() throws Exception {
		var basic = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.httpBasic("huyen-dakha", "demo12345");
		mvc.perform(get("/api/v1/me").with(basic))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("/62/615/")));
		mvc.perform(get("/audit").cookie(logIn("huyen-dakha"))).andExpect(status().isForbidden());
		mvc.perform(get("/audit").cookie(logIn("vpdp"))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/me").with(org.springframework.security.test.web.servlet.request
				.SecurityMockMvcRequestPostProcessors.httpBasic("dodau-demo", "demo12345")))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("/62/615/23509/")))
				.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("/62/\""))));
		long sponsor = organizations.findByShortCode("62", "dodau-demo").orElseThrow().id();
		assertThat(organizations.supportedUnits(sponsor, 2023)).containsExactly("23509", "23515");
	}
}
