package vn.ntm.identity.internal;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Concurrent requests of one new session (several tabs right after signing in, htmx requests fired together) each
 * store the same attribute first, typically the CSRF token; Spring Session's plain INSERT then fails on the primary
 * key for all but one. An upsert lets the last write win, as it would in memory.
 */
@Configuration(proxyBeanMethods = false)
class SessionAttributeUpserts {

	private static final String POSTGRESQL = """
			INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			VALUES (?, ?, ?)
			ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
			""";

	private static final String H2 = """
			MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)
			""";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributes(DataSource dataSource) {
		String product = product(dataSource);
		return repository -> {
			if (product.contains("postgresql")) {
				repository.setCreateSessionAttributeQuery(POSTGRESQL);
			}
			else if (product.contains("h2")) {
				repository.setCreateSessionAttributeQuery(H2);
			}
		};
	}

	private static String product(DataSource dataSource) {
		try (Connection c = dataSource.getConnection()) {
			return c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
		}
		catch (SQLException e) {
			throw new IllegalStateException("cannot tell the database of the session store", e);
		}
	}
}
