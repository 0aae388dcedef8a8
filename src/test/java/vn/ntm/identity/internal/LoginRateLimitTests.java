package vn.ntm.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import vn.ntm.identity.IdentityTestSupport;

/** Two instances behind one load balancer count the same attempts, over a sliding minute. */
class LoginRateLimitTests extends IdentityTestSupport {

	private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2030-03-14T16:59:30Z"));

	private final Clock clock = new Clock() {
		@Override
		public ZoneId getZone() {
			return ZoneId.of("UTC");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now.get();
		}
	};

	@Test
	void twoInstancesShareOneLimitAndAnAddressIsLetInAgainAfterAMinute() {
		LoginRateLimit first = new LoginRateLimit(5, clock, jdbc);
		LoginRateLimit second = new LoginRateLimit(5, clock, jdbc);
		String address = "10.7.7." + (System.nanoTime() % 200);

		for (int i = 0; i < 5; i++) {
			assertThat((i % 2 == 0 ? first : second).accept(address)).as("attempt %d", i + 1).isTrue();
		}
		assertThat(first.accept(address)).isFalse();
		assertThat(second.accept(address)).isFalse();
		assertThat(first.accept("10.8.8.8")).as("another address").isTrue();

		now.set(now.get().plus(Duration.ofSeconds(45)));
		assertThat(second.accept(address)).as("a minute boundary does not reset the count").isFalse();

		now.set(now.get().plus(Duration.ofSeconds(16)));
		assertThat(first.accept(address)).as("after sixty seconds").isTrue();
	}
}
