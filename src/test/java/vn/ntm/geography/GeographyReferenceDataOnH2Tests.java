package vn.ntm.geography;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.ntm.support.H2Database;

class GeographyReferenceDataOnH2Tests extends GeographyReferenceDataTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		H2Database.register(registry);
	}
}
