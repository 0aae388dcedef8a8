package vn.ntm.tasks.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import vn.ntm.identity.Access;
import vn.ntm.tasks.Tasks;

/**
 * Puts the open tasks of the signed-in user's own organization into every rendered page: the count beside "Nhiệm vụ"
 * in the navigation bar and the block on the start page. Only pages pay for the query.
 */
@Configuration
class OpenTasks implements WebMvcConfigurer, HandlerInterceptor {

	static final String ATTRIBUTE = "ownOpenTasks";

	private final Tasks tasks;
	private final Access access;

	OpenTasks(Tasks tasks, Access access) {
		this.tasks = tasks;
		this.access = access;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (page == null || page.getViewName() == null || page.getViewName().startsWith("redirect:")) {
			return;
		}
		String user = access.currentUsername();
		if (user == null || "anonymous".equals(user)) {
			return;
		}
		page.addObject(ATTRIBUTE, tasks.ownOpen());
	}
}
