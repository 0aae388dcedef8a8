package vn.ntm.identity.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * At most N login attempts per address in any sixty seconds (a sliding window: a fixed one would let 2N through
 * across a minute boundary). The attempts live in the database, so every instance serving the province counts the
 * same ones; refused attempts are not kept, so an address that stops trying is let in again after a minute.
 */
class LoginRateLimit extends OncePerRequestFilter {

	static final int WINDOW_SECONDS = 60;

	private final int perMinute;
	private final Clock clock;
	private final JdbcClient jdbc;

	LoginRateLimit(int perMinute, Clock clock, JdbcClient jdbc) {
		this.perMinute = perMinute;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod()) && (request.getContextPath() + "/login").equals(request.getRequestURI()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!accept(request.getRemoteAddr())) {
			response.sendRedirect(request.getContextPath() + "/login?rate");
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * Records the attempt first and counts afterwards, so two instances answering at the same moment cannot both
	 * see room for one more; an attempt over the limit is removed again.
	 */
	boolean accept(String address) {
		Instant now = clock.instant();
		OffsetDateTime windowStart = OffsetDateTime.ofInstant(now.minusSeconds(WINDOW_SECONDS), ZoneOffset.UTC);
		jdbc.sql("DELETE FROM identity_login_attempt WHERE at <= ?").param(windowStart).update();
		var keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO identity_login_attempt (remote_address, at) VALUES (?, ?)")
			.params(address, OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).update(keys, "id");
		long id = keys.getKey().longValue();
		long earlier = jdbc.sql("""
				SELECT COUNT(*) FROM identity_login_attempt WHERE remote_address = ? AND at > ? AND id <= ?
				""").params(address, windowStart, id).query(Long.class).single();
		if (earlier > perMinute) {
			jdbc.sql("DELETE FROM identity_login_attempt WHERE id = ?").param(id).update();
			return false;
		}
		return true;
	}
}
