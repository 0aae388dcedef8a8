package vn.ntm.demo;

import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a demo load in one transaction as the system user {@code demo}: the writes it makes are audited under that
 * name and pass the scope checks that a signed-in user's writes pass.
 */
final class AsDemoLoader {

	private AsDemoLoader() {
	}

	static void run(TransactionTemplate transactions, Runnable load) {
		var previous = SecurityContextHolder.getContext().getAuthentication();
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
				DemoLoader.SOURCE, null, List.of(new SimpleGrantedAuthority("ROLE_SYSTEM"))));
		try {
			transactions.executeWithoutResult(status -> load.run());
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}
}
