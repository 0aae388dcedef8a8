package vn.ntm.identity.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.identity.Grant;

/** A manager creates an account with its roles, checked completely before anything is written. */
@Service
public class CreateUser {

	private final UserAccounts users;
	private final AccountChecks checks;
	private final PasswordEncoder passwords;

	CreateUser(UserAccounts users, AccountChecks checks, PasswordEncoder passwords) {
		this.users = users;
		this.checks = checks;
		this.passwords = passwords;
	}

	/** @throws UserRejected with every problem found */
	@Transactional
	public void create(String username, String displayName, String password, List<Grant> grants) {
		List<UserRejected.Problem> problems = new ArrayList<>();
		String name = username == null ? "" : username.strip();
		if (!name.matches("[a-z0-9._-]{3,100}")) {
			problems.add(new UserRejected.Problem("identity.users.error.username"));
		}
		else if (users.find(name).isPresent()) {
			problems.add(new UserRejected.Problem("identity.users.error.username-taken", name));
		}
		AccountChecks.checkDisplayName(displayName, problems);
		AccountChecks.checkPassword(name, password, true, problems);
		checks.checkGrants(grants, List.of(), problems);
		AccountChecks.reject(problems);
		try {
			users.create(name, displayName.strip(), passwords.encode(password), grants);
		}
		catch (DuplicateKeyException e) {
			throw new UserRejected(List.of(new UserRejected.Problem("identity.users.error.username-taken", name)));
		}
	}
}
