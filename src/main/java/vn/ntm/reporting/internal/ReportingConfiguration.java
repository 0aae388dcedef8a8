package vn.ntm.reporting.internal;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

import vn.ntm.reporting.ReportingProperties;
import vn.ntm.reporting.rules.ReportingCalendar;

/**
 * The reporting regime's settings and the scheduler: jobs run once per cluster, the lock
 * held in the {@code shedlock} table with the database's time.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReportingProperties.class)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class ReportingConfiguration {

	@Bean
	ReportingCalendar reportingCalendar(ReportingProperties p) {
		return new ReportingCalendar(p.zone(), p.dueDay(), p.dueInclusive(), p.consolidationDueDay(),
				p.dueMonthOffset());
	}

	@Bean
	@ConditionalOnMissingBean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build());
	}
}
