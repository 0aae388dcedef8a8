package vn.ntm.ocop;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.ntm.support.PostgresDatabase;

class OcopOnPostgresTests extends OcopContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresDatabase.register(registry);
	}
}
