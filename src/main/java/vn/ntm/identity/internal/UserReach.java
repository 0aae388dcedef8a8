package vn.ntm.identity.internal;

import java.util.List;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.ntm.identity.Access;
import vn.ntm.identity.Role;

/**
 * Whom the signed-in user may manage. A system admin manages everyone; a coordination office manages the users whose
 * roles all lie in its province.
 */
@Component
public class UserReach {

	private final UserAccounts users;
	private final Access access;
	private final GrantProvinces provinces;

	UserReach(UserAccounts users, Access access, GrantProvinces provinces) {
		this.users = users;
		this.access = access;
		this.provinces = provinces;
	}

	/** What the signed-in user may manage: everything, or these provinces. */
	public record Reach(boolean everything, Set<String> provinces) {

		public boolean covers(String province) {
			return everything || (province != null && provinces.contains(province));
		}
	}

	public Reach reach() {
		return new Reach(access.managesEverything(), access.managedProvinces());
	}

	/** A user is managed by the admin, and by the coordination office of the one province all its roles lie in. */
	boolean manages(UserAccount user) {
		Reach reach = reach();
		return reach.everything() || (!user.grants().isEmpty()
				&& provinces.commonProvinces(user.grants()).stream().anyMatch(reach::covers));
	}

	public List<UserAccount> manageable() {
		return users.all().stream().filter(this::manages).toList();
	}

	/** @throws AccessDeniedException when the user does not exist or lies outside the reach */
	public UserAccount manageable(String username) {
		UserAccount user = users.find(username).orElseThrow(() -> new AccessDeniedException(username));
		if (!manages(user)) {
			throw new AccessDeniedException(username);
		}
		return user;
	}

	/** The roles the signed-in user may give. */
	public List<Role> grantableRoles() {
		return reach().everything() ? List.of(Role.values())
				: java.util.Arrays.stream(Role.values()).filter(r -> r != Role.SYSTEM_ADMIN).toList();
	}
}
