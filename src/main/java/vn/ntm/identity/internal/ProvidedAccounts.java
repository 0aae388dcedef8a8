package vn.ntm.identity.internal;

import java.util.List;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.identity.Accounts;
import vn.ntm.identity.Grant;

@Service
class ProvidedAccounts implements Accounts {

	private final UserAccounts users;
	private final PasswordEncoder passwords;

	ProvidedAccounts(UserAccounts users, PasswordEncoder passwords) {
		this.users = users;
		this.passwords = passwords;
	}

	@Override
	@Transactional
	public void provide(String username, String displayName, String password, List<Grant> grants) {
		if (users.find(username).isEmpty()) {
			users.create(username, displayName, passwords.encode(password), grants);
		}
		else {
			users.setGrants(username, grants);
		}
	}
}
