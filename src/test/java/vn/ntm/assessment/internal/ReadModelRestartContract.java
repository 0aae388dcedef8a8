package vn.ntm.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ntm.NtmMonitorApplication;
import vn.ntm.assessment.RecordedValue;
import vn.ntm.assessment.ValuesRecorded;
import vn.ntm.shared.Period;

/**
 * A {@link ValuesRecorded} committed with its values whose read-model rebuild never completed (the listener fails
 * in the first run, as a crash right after the commit would leave it) is delivered again when the application
 * starts on the same database, and the status read model then shows the values. Runs on H2 and PostgreSQL.
 */
abstract class ReadModelRestartContract {

	private static final String UNIT = "23512";
	private static final String SET = "xa-ntm-2021-2025";

	/** The database both runs share, as {@code --name=value} arguments. */
	abstract Map<String, Object> database();

	@Test
	void anEventLeftIncompleteIsDeliveredAfterRestartAndTheReadModelIsRebuilt() {
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off"));
		database().forEach((name, value) -> args.add("--" + name + "=" + value));
		String[] arguments = args.toArray(String[]::new);

		try (ConfigurableApplicationContext first = start(arguments)) {
			JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
			// the rebuild fails: its table is gone
			jdbc.execute("ALTER TABLE assessment_criterion_status RENAME TO assessment_criterion_status_away");
			try {
				new TransactionTemplate(first.getBean(PlatformTransactionManager.class)).executeWithoutResult(tx -> {
					first.getBean(ValueStore.class).insert(List.of(new RecordedValue(UNIT, Period.parse("2023"), SET,
							"2.1", BigDecimal.valueOf(85), null, null, null, "test", OffsetDateTime.now(), "api", 1)));
					first.publishEvent(new ValuesRecorded(List.of(UNIT), List.of("2023"), SET));
				});
			}
			catch (RuntimeException listenerFailed) {
				// the values are committed whatever the listener did
			}
			jdbc.execute("ALTER TABLE assessment_criterion_status_away RENAME TO assessment_criterion_status");
			assertThat(statusRows(jdbc)).isZero();
			assertThat(incomplete(jdbc)).isEqualTo(1);
		}

		try (ConfigurableApplicationContext second = start(arguments)) {
			JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
			assertThat(statusRows(jdbc)).isEqualTo(1);
			assertThat(jdbc.queryForObject(
					"SELECT COUNT(*) FROM assessment_criterion_status WHERE unit_code = ? AND set_code = ?",
					Integer.class, UNIT, SET)).isPositive();
			assertThat(incomplete(jdbc)).isZero();
		}
	}

	private static ConfigurableApplicationContext start(String[] arguments) {
		return new SpringApplicationBuilder(NtmMonitorApplication.class).profiles("test").run(arguments);
	}

	private static int statusRows(JdbcTemplate jdbc) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM assessment_status WHERE unit_code = ? AND set_code = ?",
				Integer.class, UNIT, SET);
	}

	private static int incomplete(JdbcTemplate jdbc) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL"
				+ " AND event_type LIKE '%ValuesRecorded'", Integer.class);
	}
}
