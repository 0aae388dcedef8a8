package vn.ntm.identity.internal;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import vn.ntm.shared.AuditEvent;

/** Counts failed logins towards the lockout and writes logins, failures and lockouts to the audit log. */
@Component
class LoginEvents {

	private static final String LOGIN = "login";

	private final UserAccounts users;
	private final AuditLog audit;
	private final IdentityProperties properties;
	private final Clock clock;

	LoginEvents(UserAccounts users, AuditLog audit, IdentityProperties properties, Clock clock) {
		this.users = users;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	@EventListener
	void on(AuthenticationFailureBadCredentialsEvent event) {
		String username = event.getAuthentication().getName();
		boolean locked = users.recordFailedLogin(username, properties.maxFailedLogins(), properties.lockout(),
				clock.instant());
		audit.record(username, new AuditEvent(LOGIN, username, "failure", null, null));
		if (locked) {
			audit.record(username, new AuditEvent(LOGIN, username, "lockout", null,
					"locked for " + properties.lockout()));
		}
	}

	@EventListener
	void on(AuthenticationFailureLockedEvent event) {
		String username = event.getAuthentication().getName();
		audit.record(username, new AuditEvent(LOGIN, username, "refused-locked", null, null));
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		users.recordSuccessfulLogin(event.getAuthentication().getName());
	}

	// Only interactive (form) logins are logged; HTTP Basic authenticates every API call.
	@EventListener
	void on(InteractiveAuthenticationSuccessEvent event) {
		String username = event.getAuthentication().getName();
		audit.record(username, new AuditEvent(LOGIN, username, "success", null, null));
	}
}
