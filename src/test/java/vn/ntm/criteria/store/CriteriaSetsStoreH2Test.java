package vn.ntm.criteria.store;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.ntm.support.H2Database;

class CriteriaSetsStoreH2Test extends CriteriaSetsStoreTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		H2Database.register(registry);
	}
}
