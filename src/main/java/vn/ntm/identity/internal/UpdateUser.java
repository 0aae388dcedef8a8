package vn.ntm.identity.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.identity.Grant;
import vn.ntm.identity.Role;

/**
 * A manager changes an account: its name, whether it may sign in, its roles and, optionally, its password; all in one
 * transaction, after every check. The last enabled system admin cannot be disabled or lose the role.
 */
@Service
public class UpdateUser {

	private final UserAccounts users;
	private final UserReach reach;
	private final AccountChecks checks;
	private final PasswordEncoder passwords;

	UpdateUser(UserAccounts users, UserReach reach, AccountChecks checks, PasswordEncoder passwords) {
		this.users = users;
		this.reach = reach;
		this.checks = checks;
		this.passwords = passwords;
	}

	/**
	 * @param password a new password, or blank to keep the current one
	 * @throws UserRejected with every problem found
	 */
	@Transactional
	public void update(String username, String displayName, boolean enabled, String password, List<Grant> grants,
			long expectedVersion) {
		UserAccount user = reach.manageable(username);
		List<UserRejected.Problem> problems = new ArrayList<>();
		AccountChecks.checkDisplayName(displayName, problems);
		AccountChecks.checkPassword(username, password, false, problems);
		checks.checkGrants(grants, user.grants(), problems);
		boolean wasAdmin = user.enabled() && user.grants().stream().anyMatch(g -> g.role() == Role.SYSTEM_ADMIN);
		boolean staysAdmin = enabled && grants.stream().anyMatch(g -> g.role() == Role.SYSTEM_ADMIN);
		if (wasAdmin && !staysAdmin && users.enabledSystemAdmins() <= 1) {
			problems.add(new UserRejected.Problem("identity.users.error.last-admin"));
		}
		AccountChecks.reject(problems);
		users.update(username, displayName.strip(), enabled, expectedVersion);
		users.setGrants(username, grants);
		if (password != null && !password.isBlank()) {
			users.setPassword(username, passwords.encode(password));
		}
	}
}
