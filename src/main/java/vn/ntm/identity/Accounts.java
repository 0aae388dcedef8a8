package vn.ntm.identity;

import java.util.List;

/**
 * Accounts set up by code rather than by a manager on the users page: the demo's accounts, a province's first
 * accounts.
 */
public interface Accounts {

	/**
	 * Creates the account with this password and these roles or, when it already exists, gives it exactly these roles
	 * (its password is left as it is).
	 */
	void provide(String username, String displayName, String password, List<Grant> grants);
}
