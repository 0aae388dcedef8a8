package vn.ntm.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxFailedLogins         failed logins of one account name from one address before that pair must wait
 * @param firstLoginDelay         the first wait; it doubles with every further failure of the pair
 * @param lockout                 the longest wait, and how long a quiet pair's failures are remembered
 * @param loginAttemptsPerMinute  login attempts accepted from one address per minute
 * @param contentSecurityPolicy   sent on every response; self only, inline styles for Bootstrap
 */
@ConfigurationProperties("ntm.identity")
public record IdentityProperties(@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration lockout,
		@DefaultValue("30s") Duration firstLoginDelay,
		@DefaultValue("20") int loginAttemptsPerMinute,
		@DefaultValue("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'") String contentSecurityPolicy) {
}
