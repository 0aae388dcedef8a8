package vn.ntm.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ntm.geography.Geography;
import vn.ntm.identity.internal.ApiTokens;
import vn.ntm.identity.internal.AuditLog;
import vn.ntm.identity.internal.UserAccounts;
import vn.ntm.shared.AuditEvent;

/** The users, tokens and audit SQL, run on H2 and on PostgreSQL by the two subclasses. */
@SpringBootTest
@ActiveProfiles("test")
abstract class UserPersistenceTests {

	@MockitoBean
	Geography geography;

	@Autowired
	UserAccounts users;

	@Autowired
	ApiTokens tokens;

	@Autowired
	AuditLog audit;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	org.springframework.context.ApplicationEventPublisher events;

	@Test
	void aUserIsStoredWithItsGrantsAndLocksAfterTheConfiguredFailures() {
		users.create("persist-" + getClass().getSimpleName().length(), "Người dùng", "{noop}x",
				List.of(new Grant(Role.DISTRICT_OFFICER, "615"), new Grant(Role.LEADER, "62")));
		String username = "persist-" + getClass().getSimpleName().length();

		assertThat(users.grantsOf(username)).containsExactlyInAnyOrder(new Grant(Role.DISTRICT_OFFICER, "615"),
				new Grant(Role.LEADER, "62"));
		users.recordFailedLogin(username);
		users.recordFailedLogin(username);
		assertThat(users.find(username).orElseThrow().failedAttempts()).isEqualTo(2);
		assertThat(users.find(username).orElseThrow().lockedUntil()).as("failures never lock").isNull();
	}

	@Test
	void tokensAreFoundByTheirDigestUntilRevoked() {
		users.create("token-owner", "Chủ khóa", "{noop}x", List.of(new Grant(Role.LEADER, "62")));
		var created = tokens.create("token-owner", "sync", Instant.now().plusSeconds(3600));
		assertThat(tokens.of("token-owner")).hasSize(1);
		assertThat(tokens.revoke("token-owner", created.id())).isTrue();
		assertThat(tokens.of("token-owner").getFirst().revokedAt()).isNotNull();
	}

	@Test
	void auditEntriesAreFilteredByUserTypeAndDateAndPaged() {
		var auth = new TestingAuthenticationToken("auditor", null, List.of());
		auth.setAuthenticated(true);
		SecurityContextHolder.getContext().setAuthentication(auth);
		try {
			transactions.executeWithoutResult(tx -> {
				for (int i = 0; i < 3; i++) {
					events.publishEvent(new AuditEvent("plan", "62/2024", "update", "v" + i, "v" + (i + 1)));
				}
			});
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		var today = LocalDate.now();
		var filter = new AuditLog.Filter("auditor", "plan", today.minusDays(1), today.plusDays(1));
		assertThat(audit.count(filter)).isEqualTo(3);
		assertThat(audit.page(filter, 0, 2)).hasSize(2);
		assertThat(audit.page(filter, 1, 2)).hasSize(1);
		assertThat(audit.count(new AuditLog.Filter("auditor", "plan", today.plusDays(2), null))).isZero();
	}
}
