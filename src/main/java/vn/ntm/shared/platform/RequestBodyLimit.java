package vn.ntm.shared.platform;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Bounds the body of every API request that is not a file upload (uploads are bounded by
 * {@code spring.servlet.multipart.*}): a body declared larger than {@code ntm.api.max-body-size} is refused with 413
 * before a byte is read, and a body of unknown length with 411, so no client can fill the heap with one request.
 * The default leaves room for the largest real batch (a province's year of values, about 4 MB).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class RequestBodyLimit extends OncePerRequestFilter {

	private final long maxBytes;
	private final MessageSource messages;
	private final LocaleResolver locales;

	RequestBodyLimit(@Value("${ntm.api.max-body-size:16MB}") DataSize maxBody, MessageSource messages,
			LocaleResolver locales) {
		this.maxBytes = maxBody.toBytes();
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		boolean hasBody = "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method);
		String type = request.getContentType();
		boolean upload = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
		return !hasBody || upload || !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		boolean chunked = length < 0 && request.getHeader("Transfer-Encoding") != null;
		if (length > maxBytes) {
			refuse(request, response, 413, "platform.body.too-large", DataSize.ofBytes(maxBytes).toMegabytes());
			return;
		}
		if (chunked) {
			refuse(request, response, 411, "platform.body.length-required", DataSize.ofBytes(maxBytes).toMegabytes());
			return;
		}
		chain.doFilter(request, response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, int status, String key, long mb)
			throws IOException {
		Locale locale = locales.resolveLocale(request);
		String title = messages.getMessage(key + ".title", null, locale);
		String detail = messages.getMessage(key, new Object[] { String.valueOf(mb) }, locale);
		response.setStatus(status);
		response.setHeader("Connection", "close");
		response.setContentType("application/problem+json;charset=UTF-8");
		response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":" + status
				+ ",\"detail\":\"" + json(detail) + "\",\"limitBytes\":" + maxBytes + "}");
		// committed now: the server then drops the unread body instead of waiting for it before answering
		response.flushBuffer();
	}

	private static String json(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}
}
