package vn.ntm.identity.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers an attempt of a throttled account name and address at once, before its password is checked: the form
 * login goes back to the login page with the seconds to wait, HTTP Basic on the API gets 429 with Retry-After.
 * API tokens are not password attempts and pass untouched.
 */
abstract class ThrottledLogins extends OncePerRequestFilter {

	private final LoginThrottle throttle;

	ThrottledLogins(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	static ThrottledLogins formLogin(LoginThrottle throttle) {
		return new ThrottledLogins(throttle) {
			@Override
			Optional<String> username(HttpServletRequest request) {
				boolean login = "POST".equals(request.getMethod())
						&& (request.getContextPath() + "/login").equals(request.getRequestURI());
				return login ? Optional.ofNullable(request.getParameter("username")) : Optional.empty();
			}

			@Override
			void refuse(HttpServletRequest request, HttpServletResponse response, long seconds) throws IOException {
				response.sendRedirect(request.getContextPath() + "/login?wait=" + seconds);
			}
		};
	}

	static ThrottledLogins httpBasic(LoginThrottle throttle, ProblemResponses problems) {
		return new ThrottledLogins(throttle) {
			@Override
			Optional<String> username(HttpServletRequest request) {
				String header = request.getHeader("Authorization");
				if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
					return Optional.empty();
				}
				try {
					String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()),
							StandardCharsets.UTF_8);
					int colon = decoded.indexOf(':');
					return colon < 0 ? Optional.empty() : Optional.of(decoded.substring(0, colon));
				} catch (IllegalArgumentException e) {
					return Optional.empty(); // not Base64: the Basic filter itself refuses it
				}
			}

			@Override
			void refuse(HttpServletRequest request, HttpServletResponse response, long seconds) throws IOException {
				problems.tooManyAttempts(request, response, seconds);
			}
		};
	}

	abstract Optional<String> username(HttpServletRequest request);

	abstract void refuse(HttpServletRequest request, HttpServletResponse response, long seconds) throws IOException;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<Duration> wait = username(request).flatMap(u -> throttle.refusal(u, request.getRemoteAddr()));
		if (wait.isPresent()) {
			long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
			refuse(request, response, seconds);
			return;
		}
		chain.doFilter(request, response);
	}
}
