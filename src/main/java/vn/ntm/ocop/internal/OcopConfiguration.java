package vn.ntm.ocop.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OcopConfiguration {

	@Bean
	OcopRules ocopRules(OcopProperties properties) {
		return new OcopRules(properties.validityMonths(), properties.expiringWithinDays());
	}
}
