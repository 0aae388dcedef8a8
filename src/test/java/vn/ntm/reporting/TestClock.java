package vn.ntm.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import vn.ntm.shared.VietnamTime;

/** A clock the reporting tests set to Vietnam local times ("2023-04-14T23:59"). */
public final class TestClock extends Clock {

	private static final ZoneId VN = VietnamTime.ZONE;
	private volatile Instant now = Instant.parse("2023-04-18T02:00:00Z");

	public void setLocal(String localDateTime) {
		now = LocalDateTime.parse(localDateTime).atZone(VN).toInstant();
	}

	@Override
	public ZoneId getZone() {
		return VN;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(now, zone);
	}

	@Override
	public Instant instant() {
		return now;
	}

	/** Makes the test clock the application's clock. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock();
		}
	}
}
