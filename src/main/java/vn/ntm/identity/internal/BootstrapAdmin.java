package vn.ntm.identity.internal;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import vn.ntm.identity.Grant;
import vn.ntm.identity.Role;
import vn.ntm.shared.platform.Messages;

/**
 * The first administrator: with {@code ntm.bootstrap.admin-password} set, {@code admin} exists as a system admin with
 * that password (created, or its password reset and account unlocked). Without it nothing is created: there is no
 * default password.
 */
@Component
@Order(0)
class BootstrapAdmin implements ApplicationRunner {

	static final String USERNAME = "admin";

	private final BootstrapProperties properties;
	private final UserAccounts users;
	private final PasswordEncoder passwords;
	private final Messages messages;

	BootstrapAdmin(BootstrapProperties properties, UserAccounts users, PasswordEncoder passwords, Messages messages) {
		this.properties = properties;
		this.users = users;
		this.passwords = passwords;
		this.messages = messages;
	}

	@Override
	public void run(ApplicationArguments args) {
		String password = properties.adminPassword();
		if (password == null || password.isBlank()) {
			return;
		}
		var existing = users.find(USERNAME);
		if (existing.isEmpty()) {
			try {
				users.create(USERNAME, messages.get("identity.bootstrap.display-name"), passwords.encode(password),
						List.of(new Grant(Role.SYSTEM_ADMIN, "")));
				return;
			}
			catch (DuplicateKeyException e) {
				// another instance created it at the same moment; fall through and reset the password
			}
		}
		if (existing.isEmpty() || !passwords.matches(password, existing.get().passwordHash())) {
			users.setPassword(USERNAME, passwords.encode(password));
		}
		var grants = new java.util.ArrayList<>(users.find(USERNAME).orElseThrow().grants());
		if (grants.stream().noneMatch(g -> g.role() == Role.SYSTEM_ADMIN)) {
			grants.add(new Grant(Role.SYSTEM_ADMIN, ""));
			users.setGrants(USERNAME, grants);
		}
	}
}
