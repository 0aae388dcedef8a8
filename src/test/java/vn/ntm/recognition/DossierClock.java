package vn.ntm.recognition;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import vn.ntm.shared.VietnamTime;

/** The application's clock in the dossier tests: the real time while the demo loads, then set and moved by the test. */
public final class DossierClock extends Clock {

	private volatile Instant now = Instant.now();

	public void setLocal(String localDateTime) {
		now = LocalDateTime.parse(localDateTime).atZone(VietnamTime.ZONE).toInstant();
	}

	public void forwardDays(int days) {
		now = now.plus(Duration.ofDays(days));
	}

	@Override
	public ZoneId getZone() {
		return VietnamTime.ZONE;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(now, zone);
	}

	@Override
	public Instant instant() {
		return now;
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		@Primary
		DossierClock dossierClock() {
			return new DossierClock();
		}
	}
}
