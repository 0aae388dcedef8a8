package vn.ntm.identity;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.mockito.ArgumentMatchers;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.ntm.geography.Geography;
import vn.ntm.identity.internal.UserAccounts;
import vn.ntm.organization.Organizations;

/** One application context for the identity tests, with geography replaced by {@link KonTumUnits}. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
public abstract class IdentityTestSupport {

	protected static final String PASSWORD = "a-Good-passw0rd";

	@MockitoBean
	protected Geography geography;

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected UserAccounts users;

	@Autowired
	protected PasswordEncoder passwords;

	@Autowired
	protected Organizations organizations;

	@Autowired
	protected JdbcClient jdbc;

	@BeforeEach
	void konTumGeography() {
		Mockito.when(geography.findLatest(ArgumentMatchers.anyString(), ArgumentMatchers.any()))
				.thenAnswer(call -> KonTumUnits.byCode(call.getArgument(0)));
		Mockito.when(geography.find(ArgumentMatchers.anyString(), ArgumentMatchers.any()))
				.thenAnswer(call -> KonTumUnits.byCode(call.getArgument(0)));
		Mockito.when(geography.versions(ArgumentMatchers.anyString()))
				.thenAnswer(call -> KonTumUnits.versions(call.getArgument(0)));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	/** A new user holding these grants, with {@link #PASSWORD}. */
	protected String userWith(Grant... grants) {
		String username = "u-" + UUID.randomUUID().toString().substring(0, 8);
		users.create(username, "Test " + username, passwords.encode(PASSWORD), List.of(grants));
		return username;
	}

	protected void signIn(String username) {
		var auth = new TestingAuthenticationToken(username, null, List.of());
		auth.setAuthenticated(true);
		SecurityContextHolder.getContext().setAuthentication(auth);
	}

	protected String organizationId(String shortCode) {
		return String.valueOf(organizations.findByShortCode("62", shortCode).orElseThrow().id());
	}
}
