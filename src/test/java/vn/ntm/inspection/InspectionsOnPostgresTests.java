package vn.ntm.inspection;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.ntm.support.PostgresDatabase;

class InspectionsOnPostgresTests extends InspectionsContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresDatabase.register(registry);
	}
}
