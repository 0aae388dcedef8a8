package vn.ntm.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

	static final class MovableClock extends Clock {
		Instant now = Instant.parse("2024-03-01T01:00:00Z");

		void move(Duration by) {
			now = now.plus(by);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return Clock.fixed(now, zone);
		}

		@Override
		public Instant instant() {
			return now;
		}
	}

	final MovableClock clock = new MovableClock();
	final LoginThrottle throttle = new LoginThrottle(new IdentityProperties(5, Duration.ofMinutes(15),
			Duration.ofSeconds(30), 20, "default-src 'self'"), clock);

	void fail(String username, String address, int times) {
		for (int i = 0; i < times; i++) {
			throttle.failed(username, address);
		}
	}

	@Test
	void theFifthFailureFromOneAddressMakesThatAddressWaitThirtySecondsForThatNameOnly() {
		fail("admin", "203.0.113.7", 4);
		assertThat(throttle.refusal("admin", "203.0.113.7")).isEmpty();
		fail("admin", "203.0.113.7", 1);
		assertThat(throttle.refusal("admin", "203.0.113.7")).contains(Duration.ofSeconds(30));
		assertThat(throttle.refusal("ADMIN ", "203.0.113.7")).as("same name in another case").isPresent();
		assertThat(throttle.refusal("admin", "10.0.0.5")).as("the owner's address").isEmpty();
		assertThat(throttle.refusal("someone-else", "203.0.113.7")).isEmpty();
	}

	@Test
	void everyFurtherFailureDoublesTheWaitUpToTheLockout() {
		fail("admin", "203.0.113.7", 5);
		clock.move(Duration.ofSeconds(20));
		assertThat(throttle.refusal("admin", "203.0.113.7")).contains(Duration.ofSeconds(10));
		clock.move(Duration.ofSeconds(10));
		assertThat(throttle.refusal("admin", "203.0.113.7")).isEmpty();
		assertThat(throttle.failed("admin", "203.0.113.7")).contains(Duration.ofMinutes(1));
		assertThat(throttle.failed("admin", "203.0.113.7")).contains(Duration.ofMinutes(2));
		fail("admin", "203.0.113.7", 10);
		assertThat(throttle.refusal("admin", "203.0.113.7")).contains(Duration.ofMinutes(15));
	}

	@Test
	void unknownAndKnownNamesAreThrottledAlike() {
		fail("admin", "203.0.113.7", 5);
		fail("no-such-user", "203.0.113.7", 5);
		assertThat(throttle.refusal("no-such-user", "203.0.113.7")).isEqualTo(throttle.refusal("admin", "203.0.113.7"));
	}

	@Test
	void aSuccessClearsThePairAndAQuietPairIsForgotten() {
		fail("leader", "10.0.0.5", 4);
		throttle.succeeded("leader", "10.0.0.5");
		fail("leader", "10.0.0.5", 4);
		assertThat(throttle.refusal("leader", "10.0.0.5")).isEmpty();

		fail("admin", "203.0.113.7", 5);
		clock.move(Duration.ofSeconds(30).plus(Duration.ofMinutes(15)));
		assertThat(throttle.refusal("admin", "203.0.113.7")).isEmpty();
		assertThat(throttle.failed("admin", "203.0.113.7")).as("counting starts again").isEmpty();
	}

	@Test
	void theMemoryHoldsAtMostTheCapacity() {
		for (int i = 0; i < LoginThrottle.CAPACITY + 50; i++) {
			throttle.failed("user-" + i, "198.51.100.1");
		}
		assertThat(throttle.size()).isEqualTo(LoginThrottle.CAPACITY);
	}
}
