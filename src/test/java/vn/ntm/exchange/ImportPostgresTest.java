package vn.ntm.exchange;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.ntm.support.PostgresDatabase;

class ImportPostgresTest extends ImportContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresDatabase.register(registry);
	}
}
