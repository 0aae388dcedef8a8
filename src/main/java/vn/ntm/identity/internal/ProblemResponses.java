package vn.ntm.identity.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import vn.ntm.shared.platform.Messages;

/** 401, 403 and 429 on the API as RFC 9457 problem JSON. */
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final Messages messages;

	ProblemResponses(Messages messages) {
		this.messages = messages;
	}

	/** 429 with Retry-After: this account name has failed too often from this address. */
	void tooManyAttempts(HttpServletRequest request, HttpServletResponse response, long seconds) throws IOException {
		response.setHeader("Retry-After", String.valueOf(seconds));
		write(request, response, HttpStatus.TOO_MANY_REQUESTS, messages.get("identity.login.wait", String.valueOf(seconds)));
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException {
		response.setHeader("WWW-Authenticate", "Basic realm=\"ntm\", Bearer");
		write(request, response, HttpStatus.UNAUTHORIZED,
				"Authentication required: HTTP Basic or an API token (Authorization: Bearer ntm_...).");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
			throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, "Your roles do not allow this request.");
	}

	private static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			String detail) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase()
				+ "\",\"status\":" + status.value() + ",\"detail\":\"" + json(detail) + "\",\"instance\":\""
				+ json(request.getRequestURI()) + "\"}");
	}

	private static String json(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					} else {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}
}
