package vn.ntm.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import vn.ntm.geography.Geography;
import vn.ntm.shared.AuditEvent;

/**
 * The identity module's own SQL beyond users and tokens (login attempts shared by instances, the audit log filtered
 * by province), run on H2 and on PostgreSQL by the two subclasses.
 */
@SpringBootTest
@ActiveProfiles("test")
abstract class IdentitySqlContract {

	@MockitoBean
	Geography geography;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditLog audit;

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
	void twoInstancesShareOneLoginLimitAndAnAddressIsLetInAgainAfterAMinute() {
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

	@Test
	void theAuditLogShowsAReaderTheEntriesOfTheProvincesItMay() {
		String marker = "sql-" + System.nanoTime();
		audit.record("tester", new AuditEvent("plan", marker, "update", null, null, "62"));
		audit.record("tester", new AuditEvent("plan", marker, "update", null, null, "42"));
		audit.record("tester", new AuditEvent("plan", marker, "update", null, null, null));

		assertThat(provinces(marker, new AuditLog.Filter("tester", "plan", null, null, null, null)))
			.containsExactlyInAnyOrder("62", "42", "national");
		assertThat(provinces(marker, new AuditLog.Filter("tester", "plan", null, null, null, Set.of("62"))))
			.containsExactly("62");
		assertThat(provinces(marker, new AuditLog.Filter("tester", "plan", null, null, null, Set.of("62", "42"))))
			.containsExactlyInAnyOrder("62", "42");
		assertThat(provinces(marker, new AuditLog.Filter("tester", "plan", null, null, "42", null)))
			.containsExactly("42");
		assertThat(provinces(marker, new AuditLog.Filter("tester", "plan", null, null, null, Set.of()))).isEmpty();
		assertThat(audit.provinces()).contains("62", "42");
	}

	private List<String> provinces(String marker, AuditLog.Filter filter) {
		List<String> provinces = new ArrayList<>();
		audit.each(filter, 1000, e -> {
			if (marker.equals(e.entityId())) {
				provinces.add(e.provinceCode() == null ? "national" : e.provinceCode());
			}
		});
		return provinces;
	}
}
