package vn.ntm.identity.internal;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import vn.ntm.identity.Grant;
import vn.ntm.identity.Role;
import vn.ntm.organization.Organizations;

/**
 * Demo profile only: one account per role for Kon Tum, all with {@code ntm.demo.password} (docs/demo-accounts.md).
 * Runs after the organization module's demo sponsor exists.
 */
@Component
@Profile("demo")
@Order(20)
class DemoAccounts implements ApplicationRunner {

	private final UserAccounts users;
	private final Organizations organizations;
	private final PasswordEncoder passwords;
	private final String password;

	DemoAccounts(UserAccounts users, Organizations organizations, PasswordEncoder passwords,
			@Value("${ntm.demo.password:demo12345}") String password) {
		this.users = users;
		this.organizations = organizations;
		this.passwords = passwords;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		account("vpdp", "Văn phòng Điều phối NTM tỉnh Kon Tum (demo)", new Grant(Role.COORDINATION_OFFICE, "62"));
		account("so-gtvt", "Sở Giao thông vận tải (demo)", department("so-gtvt"));
		account("so-yte", "Sở Y tế (demo)", department("so-yte"));
		account("huyen-dakha", "UBND huyện Đắk Hà (demo)", new Grant(Role.DISTRICT_OFFICER, "615"));
		account("xa-dakmar", "UBND xã Đắk Mar (demo)", new Grant(Role.COMMUNE_OFFICER, "23512"));
		account("lanhdao", "Lãnh đạo tỉnh Kon Tum (demo)", new Grant(Role.LEADER, "62"));
		account("dodau-demo", "Doanh nghiệp đỡ đầu (demo)", new Grant(Role.SPONSOR, organizationId("dodau-demo")));
	}

	private Grant department(String shortCode) {
		return new Grant(Role.DEPARTMENT_OFFICER, organizationId(shortCode));
	}

	private String organizationId(String shortCode) {
		return organizations.findByShortCode("62", shortCode).map(o -> String.valueOf(o.id())).orElse("");
	}

	private void account(String username, String displayName, Grant grant) {
		if (users.find(username).isEmpty()) {
			users.create(username, displayName, passwords.encode(password), List.of(grant));
		}
		else {
			users.setGrants(username, List.of(grant));
		}
	}
}
