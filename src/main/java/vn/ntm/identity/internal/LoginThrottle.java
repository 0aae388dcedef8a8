package vn.ntm.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Failed logins counted per account name and client address together, so that failures from one address never
 * hold back the same account from another: after {@code maxFailedLogins} failures that pair is refused for
 * {@code firstLoginDelay}, doubling with each further failure up to {@code lockout}. Nothing sleeps: a refused
 * attempt is answered at once with the seconds left. Names that exist and names that do not are counted alike,
 * so the answers reveal nothing. Kept in memory, bounded to {@link #CAPACITY} pairs (least recently used go
 * first): a quiet pair is forgotten after {@code lockout}, and the per-address limit in the database
 * ({@link LoginRateLimit}) still bounds what any address tries across instances.
 */
@Component
class LoginThrottle {

	static final int CAPACITY = 10_000;

	private record Pair(String username, String address) {
	}

	private record Failures(int count, Instant last, Instant refusedUntil) {
	}

	private final int freeFailures;
	private final Duration firstDelay;
	private final Duration longestDelay;
	private final Clock clock;
	private final Map<Pair, Failures> failures = new LinkedHashMap<>(256, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Pair, Failures> eldest) {
			return size() > CAPACITY;
		}
	};

	LoginThrottle(IdentityProperties properties, Clock clock) {
		this.freeFailures = Math.max(1, properties.maxFailedLogins());
		this.firstDelay = properties.firstLoginDelay();
		this.longestDelay = properties.lockout();
		this.clock = clock;
	}

	/** How long this account name is still refused from this address; empty when it may try now. */
	synchronized Optional<Duration> refusal(String username, String address) {
		Instant now = clock.instant();
		Pair pair = pair(username, address);
		Failures found = current(pair, now);
		if (found == null || found.refusedUntil() == null || !found.refusedUntil().isAfter(now)) {
			return Optional.empty();
		}
		return Optional.of(Duration.between(now, found.refusedUntil()));
	}

	/** Counts a failure; returns the refusal it starts, if any. */
	synchronized Optional<Duration> failed(String username, String address) {
		Instant now = clock.instant();
		Pair pair = pair(username, address);
		Failures found = current(pair, now);
		int count = (found == null ? 0 : found.count()) + 1;
		Duration delay = null;
		if (count >= freeFailures) {
			int doublings = Math.min(count - freeFailures, 30);
			delay = firstDelay.multipliedBy(1L << doublings);
			if (delay.compareTo(longestDelay) > 0) {
				delay = longestDelay;
			}
		}
		failures.put(pair, new Failures(count, now, delay == null ? null : now.plus(delay)));
		return Optional.ofNullable(delay);
	}

	synchronized void succeeded(String username, String address) {
		failures.remove(pair(username, address));
	}

	synchronized int size() {
		return failures.size();
	}

	private Failures current(Pair pair, Instant now) {
		Failures found = failures.get(pair);
		if (found == null) {
			return null;
		}
		Instant quietSince = found.refusedUntil() == null ? found.last() : found.refusedUntil();
		if (!quietSince.plus(longestDelay).isAfter(now)) {
			failures.remove(pair);
			return null;
		}
		return found;
	}

	private static Pair pair(String username, String address) {
		return new Pair(username == null ? "" : username.trim().toLowerCase(Locale.ROOT),
				address == null ? "" : address);
	}
}
