package vn.ntm.criteria.store;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.ntm.support.PostgresDatabase;

class CriteriaSetsStorePostgresTest extends CriteriaSetsStoreTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		PostgresDatabase.register(registry);
	}
}
