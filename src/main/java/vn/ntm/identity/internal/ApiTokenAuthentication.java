package vn.ntm.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates {@code Authorization: Bearer ntm_…} as the token's owner, with the owner's current roles. */
class ApiTokenAuthentication extends OncePerRequestFilter {

	private final ApiTokens tokens;
	private final AccountDetails accounts;
	private final AuthenticationEntryPoint entryPoint;
	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	ApiTokenAuthentication(ApiTokens tokens, AccountDetails accounts, AuthenticationEntryPoint entryPoint) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.entryPoint = entryPoint;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		var owner = tokens.owner(header.substring(7).trim()).map(accounts::loadUserByUsername)
				.filter(u -> u.isEnabled() && u.isAccountNonLocked());
		if (owner.isEmpty()) {
			contexts.clearContext();
			entryPoint.commence(request, response, new BadCredentialsException("invalid, expired or revoked token"));
			return;
		}
		var context = contexts.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(owner.get(), null, owner.get().getAuthorities()));
		contexts.setContext(context);
		chain.doFilter(request, response);
	}
}
