package vn.ntm.geography.web;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.ntm.support.H2Database;

class CommuneGroupImportOnH2Tests extends CommuneGroupImportContract {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		H2Database.register(registry);
	}
}
