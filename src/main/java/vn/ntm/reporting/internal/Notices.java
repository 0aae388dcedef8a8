package vn.ntm.reporting.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The in-app notices (reminders) of a user: the read model behind the bell and the notices page. */
@Component
public class Notices {

	private final JdbcClient jdbc;
	private final Clock clock;

	Notices(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** One notice; {@code link} is empty when the notice points nowhere. */
	public record Notice(String message, String link, Instant createdAt, boolean unread) {
	}

	/** The user's latest 100 notices, newest first, marking them read. */
	@Transactional
	public List<Notice> open(String username) {
		List<Notice> notices = jdbc.sql("""
				SELECT message, link, created_at, read_at FROM reporting_notice WHERE username = :user
				ORDER BY created_at DESC, id DESC LIMIT 100""")
			.param("user", username)
			.query((rs, n) -> new Notice(rs.getString(1), rs.getString(2) == null ? "" : rs.getString(2),
					rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getObject(4) == null))
			.list();
		jdbc.sql("UPDATE reporting_notice SET read_at = :now WHERE username = :user AND read_at IS NULL")
			.param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
			.param("user", username)
			.update();
		return notices;
	}

	/** A notice another module sends (a task's reminder, a dossier waiting), stored in its transaction. */
	@EventListener
	public void on(vn.ntm.shared.Notice notice) {
		jdbc.sql("INSERT INTO reporting_notice (username, message, link, created_at) VALUES (:user, :message, :link, :at)")
			.param("user", notice.username()).param("message", notice.message()).param("link", notice.link())
			.param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
			.update();
	}

	public int unread(String username) {
		return jdbc.sql("SELECT COUNT(*) FROM reporting_notice WHERE username = ? AND read_at IS NULL")
			.param(username).query(Integer.class).single();
	}
}
