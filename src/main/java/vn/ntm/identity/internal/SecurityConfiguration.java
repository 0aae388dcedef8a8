package vn.ntm.identity.internal;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import vn.ntm.shared.platform.Messages;

/**
 * Two chains: {@code /api/**} is stateless (HTTP Basic or an API token, no CSRF since no cookie authenticates it,
 * problem JSON errors); everything else is the browser application with form login, CSRF and a JDBC-backed session.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String[] PUBLIC_PAGES = { "/login", "/webjars/**", "/css/**", "/js/**", "/images/**",
			"/favicon.ico", "/actuator/health/**", "/error" };

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, AccountDetails accounts,
			IdentityProperties properties, LoginThrottle throttle, Messages messages) throws Exception {
		ProblemResponses problems = new ProblemResponses(messages);
		http.securityMatcher("/api/**")
				.authorizeHttpRequests(a -> a
						.requestMatchers("/api/v1/openapi", "/api/v1/openapi.yaml", "/api/v1/openapi/**", "/api/v1/docs",
								"/api/v1/docs/**", "/api/v1/swagger-ui/**")
						.permitAll()
						.anyRequest().authenticated())
				.httpBasic(b -> b.authenticationEntryPoint(problems))
				.addFilterBefore(new ApiTokenAuthentication(tokens, accounts, problems), BasicAuthenticationFilter.class)
				.addFilterBefore(ThrottledLogins.httpBasic(throttle, problems), BasicAuthenticationFilter.class)
				.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.csrf(c -> c.disable())
				.requestCache(c -> c.disable())
				.exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		headers(http, properties);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, IdentityProperties properties, Clock clock,
			JdbcClient jdbc, LoginThrottle throttle) throws Exception {
		http.authorizeHttpRequests(a -> a.requestMatchers(PUBLIC_PAGES).permitAll()
				.requestMatchers("/actuator/**").hasRole("SYSTEM_ADMIN")
				.anyRequest().authenticated())
				.formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false)
						.failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
								+ "/login?error")))
				.logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
				.addFilterBefore(new LoginRateLimit(properties.loginAttemptsPerMinute(),
						clock, jdbc), UsernamePasswordAuthenticationFilter.class)
				.addFilterBefore(ThrottledLogins.formLogin(throttle), UsernamePasswordAuthenticationFilter.class);
		headers(http, properties);
		return http.build();
	}

	private static void headers(HttpSecurity http, IdentityProperties properties) throws Exception {
		http.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(properties.contentSecurityPolicy()))
				.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
				.referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader(p -> p.policy("geolocation=(), camera=(), microphone=()")));
	}
}
