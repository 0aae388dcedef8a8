package vn.ntm.reporting.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import vn.ntm.identity.Access;

/**
 * Puts the number of the signed-in user's unread notices into every rendered page, for the bell in the navigation
 * bar. Only pages (a view, not a redirect) pay for the query; API answers carry no model.
 */
@Configuration
class UnreadNotices implements WebMvcConfigurer, HandlerInterceptor {

	static final String ATTRIBUTE = "unreadNotices";

	private final JdbcClient jdbc;
	private final Access access;

	UnreadNotices(JdbcClient jdbc, Access access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (page == null || page.getViewName() == null || page.getViewName().startsWith("redirect:")
				|| page.getModel().containsKey(ATTRIBUTE)) {
			return;
		}
		String user = access.currentUsername();
		if (user == null || "anonymous".equals(user)) {
			return;
		}
		page.addObject(ATTRIBUTE, count(user));
	}

	int count(String username) {
		return jdbc.sql("SELECT COUNT(*) FROM reporting_notice WHERE username = ? AND read_at IS NULL")
			.param(username).query(Integer.class).single();
	}
}
