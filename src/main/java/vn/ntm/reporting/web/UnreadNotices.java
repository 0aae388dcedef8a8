package vn.ntm.reporting.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import vn.ntm.identity.Access;
import vn.ntm.reporting.internal.Notices;

/**
 * Puts the number of the signed-in user's unread notices into every rendered page, for the bell in the navigation
 * bar. Only pages (a view, not a redirect) pay for the query; API answers carry no model.
 */
@Configuration
class UnreadNotices implements WebMvcConfigurer, HandlerInterceptor {

	static final String ATTRIBUTE = "unreadNotices";

	private final Notices notices;
	private final Access access;

	UnreadNotices(Notices notices, Access access) {
		this.notices = notices;
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
		return notices.unread(username);
	}
}
