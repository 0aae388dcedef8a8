package vn.ntm.identity.internal;

import java.time.Clock;
import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountDetails implements UserDetailsService {

	private final UserAccounts users;
	private final Clock clock;

	AccountDetails(UserAccounts users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@Override
	public SignedInUser loadUserByUsername(String username) {
		UserAccount user = users.find(username).orElseThrow(() -> new UsernameNotFoundException(username));
		List<SimpleGrantedAuthority> authorities = user.grants().stream().map(g -> g.role().authority()).distinct()
				.map(SimpleGrantedAuthority::new).toList();
		return new SignedInUser(user.username(), user.passwordHash(), user.enabled(),
				!user.lockedAt(clock.instant()), user.displayName(), authorities);
	}
}
