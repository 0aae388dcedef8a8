package vn.ntm.identity.internal;

import java.time.Instant;
import java.util.List;

import vn.ntm.identity.Grant;

/** An account with its roles, as stored. */
public record UserAccount(long id, String username, String passwordHash, String displayName, boolean enabled,
		int failedAttempts, Instant lockedUntil, long version, List<Grant> grants) {

	boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}
}
