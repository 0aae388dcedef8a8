package vn.ntm.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ntm.geography.Geography;
import vn.ntm.organization.Organizations;
import vn.ntm.shared.AuditEvent;

/**
 * The identity module alone (with the shared one), geography and organizations mocked: an {@link AuditEvent}
 * published in another module's transaction is written to the audit log with the signed-in user, in that transaction, and is gone with it
 * when it rolls back; a failed sign-in is logged too.
 */
@ApplicationModuleTest(extraIncludes = "shared")
@ActiveProfiles("test")
class IdentityModuleTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ApplicationEventPublisher events;

	@MockitoBean
	Geography geography;

	@MockitoBean
	Organizations organizations;

	@Test
	@WithMockUser("office")
	void anAuditEventPublishedInATransactionIsWrittenToTheAuditLogWithTheUser(Scenario scenario) {
		// Scenario publishes in a transaction of its own
		scenario.publish(new AuditEvent("plan", "42/2024", "update", "old title", "new title", "42"))
			.andWaitForStateChange(() -> entries("plan", "42/2024"))
			.andVerify(entries -> assertThat(entries).singleElement().satisfies(e -> {
				assertThat(e).containsEntry("username", "office").containsEntry("action", "update")
					.containsEntry("old_value", "old title").containsEntry("new_value", "new title")
					.containsEntry("province_code", "42");
			}));
	}

	@Test
	void anAuditEventOfATransactionRolledBackLeavesNoEntry() {
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			events.publishEvent(new AuditEvent("plan", "42/2025", "update", null, "never committed", "42"));
			assertThat(entries("plan", "42/2025")).hasSize(1);
			status.setRollbackOnly();
		});

		assertThat(entries("plan", "42/2025")).isEmpty();
	}

	@Test
	void aFailedSignInIsLogged(Scenario scenario) {
		var attempt = new UsernamePasswordAuthenticationToken("intruder", "wrong");
		scenario.publish(new AuthenticationFailureBadCredentialsEvent(attempt, new BadCredentialsException("bad")))
			.andWaitForStateChange(() -> entries("login", "intruder"))
			.andVerify(entries -> assertThat(entries).singleElement()
				.satisfies(e -> assertThat(e).containsEntry("action", "failure").containsEntry("username", "intruder")));
	}

	private List<Map<String, Object>> entries(String entityType, String entityId) {
		return jdbc.sql("""
				SELECT username, action, old_value, new_value, province_code FROM identity_audit_log
				WHERE entity_type = ? AND entity_id = ?""").params(entityType, entityId).query().listOfRows();
	}
}
