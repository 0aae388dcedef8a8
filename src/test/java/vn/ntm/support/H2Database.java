package vn.ntm.support;

import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;

/** A fresh in-memory H2 database (PostgreSQL mode, as the embedded run uses) for one test context. */
public final class H2Database {

	private H2Database() {
	}

	public static void register(DynamicPropertyRegistry registry) {
		String url = "jdbc:h2:mem:" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
		registry.add("spring.datasource.url", () -> url);
	}
}
