package vn.ntm.identity.web;

import java.security.Principal;
import java.util.List;
import java.util.Set;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.ntm.identity.Access;
import vn.ntm.identity.Grant;
import vn.ntm.identity.internal.UserAccount;
import vn.ntm.identity.internal.UserAccounts;

/** Who the caller of the JSON API is. */
@RestController
class CurrentUserApi {

	private final UserAccounts users;
	private final Access access;

	CurrentUserApi(UserAccounts users, Access access) {
		this.users = users;
		this.access = access;
	}

	record CurrentUser(String username, String displayName, List<Grant> roles, Set<String> readablePaths) {
	}

	/** Who the caller is, with the roles and unit paths the API will apply to its requests. */
	@GetMapping("/api/v1/me")
	CurrentUser me(Principal principal) {
		UserAccount user = users.find(principal.getName()).orElseThrow();
		return new CurrentUser(user.username(), user.displayName(), user.grants(), access.readablePaths());
	}
}
