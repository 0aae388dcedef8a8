package vn.ntm.identity.internal;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The principal of a session: Spring Security's user plus the name shown in the navbar. */
public class SignedInUser extends User {

	private final String displayName;

	SignedInUser(String username, String password, boolean enabled, boolean nonLocked, String displayName,
			Collection<? extends GrantedAuthority> authorities) {
		super(username, password, enabled, true, true, nonLocked, authorities);
		this.displayName = displayName;
	}

	public String getDisplayName() {
		return displayName;
	}
}
