package vn.ntm.identity.internal;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * At most N login attempts per address per minute, counted in a fixed one-minute window. Kept in memory: each
 * instance limits on its own, which is enough to slow a password-guessing run; the account lockout is the durable
 * defence and lives in the database.
 */
class LoginRateLimit extends OncePerRequestFilter {

	private record Window(long minute, int attempts) {
	}

	private final int perMinute;
	private final Clock clock;
	private final Map<String, Window> windows = new ConcurrentHashMap<>();

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
		long minute = clock.millis() / 60_000;
		if (windows.size() > 10_000) {
			windows.values().removeIf(w -> w.minute() < minute);
		}
		Window w = windows.merge(request.getRemoteAddr(), new Window(minute, 1),
				(old, one) -> old.minute() == minute ? new Window(minute, old.attempts() + 1) : one);
		if (w.attempts() > perMinute) {
			response.sendRedirect(request.getContextPath() + "/login?rate");
			return;
		}
		chain.doFilter(request, response);
	}
}
