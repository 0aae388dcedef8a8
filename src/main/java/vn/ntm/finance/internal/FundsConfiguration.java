package vn.ntm.finance.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FundsConfiguration {

	@Bean
	CounterpartRules counterpartRules() {
		return CounterpartRules.fromClasspath();
	}
}
