package vn.ntm.identity.internal;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * At most N login attempts per address in any sixty seconds (a sliding window: a fixed one would let 2N through
 * across a minute boundary). Kept in memory: each
 * instance limits on its own, which is enough to slow a password-guessing run; the account lockout is the durable
 * defence and lives in the database.
 */
class LoginRateLimit extends OncePerRequestFilter {

	private final int perMinute;
	private final Clock clock;
	private final Map<String, Deque<Long>> attempts = new ConcurrentHashMap<>();

	LoginRateLimit(int perMinute, Clock clock) {
		this.perMinute = perMinute;
		this.clock = clock;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod()) && (request.getContextPath() + "/login").equals(request.getRequestURI()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long now = clock.millis();
		if (attempts.size() > 10_000) {
			attempts.values().removeIf(d -> { synchronized (d) { return d.isEmpty() || d.peekLast() <= now - 60_000; } });
		}
		Deque<Long> recent = attempts.computeIfAbsent(request.getRemoteAddr(), k -> new ArrayDeque<>());
		boolean allowed;
		synchronized (recent) {
			while (!recent.isEmpty() && recent.peekFirst() <= now - 60_000) {
				recent.pollFirst();
			}
			allowed = recent.size() < perMinute;
			if (allowed) {
				recent.addLast(now);
			}
		}
		if (!allowed) {
			response.sendRedirect(request.getContextPath() + "/login?rate");
			return;
		}
		chain.doFilter(request, response);
	}
}
