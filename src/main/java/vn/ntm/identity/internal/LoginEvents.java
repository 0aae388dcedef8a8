package vn.ntm.identity.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import vn.ntm.shared.AuditEvent;

/**
 * Counts failed logins (form and HTTP Basic) towards the throttle of that account name and address, and writes
 * logins, failures and throttles to the audit log.
 */
@Component
class LoginEvents {

	private static final String LOGIN = "login";

	private final UserAccounts users;
	private final AuditLog audit;
	private final LoginThrottle throttle;

	LoginEvents(UserAccounts users, AuditLog audit, LoginThrottle throttle) {
		this.users = users;
		this.audit = audit;
		this.throttle = throttle;
	}

	@EventListener
	void on(AuthenticationFailureBadCredentialsEvent event) {
		String username = event.getAuthentication().getName();
		String address = address(event.getAuthentication());
		var refusal = throttle.failed(username, address);
		users.recordFailedLogin(username);
		audit.record(username, new AuditEvent(LOGIN, username, "failure", null, null));
		refusal.ifPresent(wait -> audit.record(username, new AuditEvent(LOGIN, username, "throttle", null,
				"from " + address + " for " + wait.toSeconds() + " s")));
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		String username = event.getAuthentication().getName();
		throttle.succeeded(username, address(event.getAuthentication()));
		users.recordSuccessfulLogin(username);
	}

	// Only interactive (form) logins are logged; HTTP Basic authenticates every API call.
	@EventListener
	void on(InteractiveAuthenticationSuccessEvent event) {
		String username = event.getAuthentication().getName();
		audit.record(username, new AuditEvent(LOGIN, username, "success", null, null));
	}

	private static String address(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : "";
	}
}
