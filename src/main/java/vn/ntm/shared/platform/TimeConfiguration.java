package vn.ntm.shared.platform;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.ntm.shared.VietnamTime;

/**
 * The one clock of the application, in Asia/Ho_Chi_Minh. Code asks it for "now" ({@code LocalDate.now(clock)}),
 * never the JVM (a rule in {@code ShapeRulesTest}); tests replace it with a {@code @Primary} fixed clock.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	@Bean
	Clock clock() {
		return Clock.system(VietnamTime.ZONE);
	}
}
