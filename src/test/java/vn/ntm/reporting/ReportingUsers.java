package vn.ntm.reporting;

import java.util.List;

import org.springframework.security.crypto.password.PasswordEncoder;

import vn.ntm.identity.Grant;
import vn.ntm.identity.Role;
import vn.ntm.identity.internal.UserAccounts;
import vn.ntm.organization.Organizations;

/** The demo accounts the reporting tests act as (created here when the demo profile is not active). */
public final class ReportingUsers {

	public static final String PASSWORD = "demo12345";

	private ReportingUsers() {
	}

	public static void ensure(UserAccounts users, Organizations organizations, PasswordEncoder passwords) {
		ensure(users, passwords, "vpdp", "Văn phòng Điều phối NTM", new Grant(Role.COORDINATION_OFFICE, "62"));
		ensure(users, passwords, "so-gtvt", "Sở Giao thông vận tải", department(organizations, "so-gtvt"));
		ensure(users, passwords, "so-yte", "Sở Y tế", department(organizations, "so-yte"));
		ensure(users, passwords, "huyen-dakha", "UBND huyện Đắk Hà", new Grant(Role.DISTRICT_OFFICER, "615"));
	}

	private static Grant department(Organizations organizations, String shortCode) {
		return new Grant(Role.DEPARTMENT_OFFICER,
				String.valueOf(organizations.findByShortCode("62", shortCode).orElseThrow().id()));
	}

	private static void ensure(UserAccounts users, PasswordEncoder passwords, String username, String name,
			Grant grant) {
		if (users.grantsOf(username).isEmpty()) {
			users.create(username, name, passwords.encode(PASSWORD), List.of(grant));
		}
	}
}
