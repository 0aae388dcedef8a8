package vn.ntm.tasks.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import vn.ntm.tasks.Recurrence;
import vn.ntm.tasks.Task;
import vn.ntm.tasks.TaskStatus;
import vn.ntm.tasks.Tasks;

/** The rows of tasks and their updates; owner names come from the caller (the organization module). */
@Component
class TaskStore {

	private static final String COLUMNS = """
			id, province_code, title, owner_org_id, assignee, support_org_ids, deadline, directive_number,
			directive_date, directive_title, recurrence, series_id, status, done_on, evidence, version""";

	private final JdbcClient jdbc;

	TaskStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(Task t, String createdBy, Instant at) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO tasks_task (province_code, title, owner_org_id, support_org_ids, deadline, directive_number,
				    directive_date, directive_title, recurrence, series_id, status, created_by, created_at)
				VALUES (:province, :title, :owner, :support, :deadline, :number, :date, :dtitle, :recurrence, :series,
				    :status, :by, :at)""")
			.param("province", t.provinceCode()).param("title", t.title()).param("owner", t.ownerOrgId())
			.param("support", t.supportOrgIds().isEmpty() ? null
					: t.supportOrgIds().stream().map(String::valueOf).collect(Collectors.joining(",")))
			.param("deadline", t.deadline())
			.param("number", t.directive() == null ? null : t.directive().number())
			.param("date", t.directive() == null ? null : t.directive().date())
			.param("dtitle", t.directive() == null ? null : t.directive().title())
			.param("recurrence", t.recurrence() == null ? null : t.recurrence().name())
			.param("series", t.seriesId()).param("status", t.status().name()).param("by", createdBy)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update(key, "id");
		return key.getKey().longValue();
	}

	void setSeries(long id, long seriesId) {
		jdbc.sql("UPDATE tasks_task SET series_id = ? WHERE id = ?").params(seriesId, id).update();
	}

	/** Writes the owner's update if the row still has {@code expectedVersion}; false when it has not. */
	boolean update(long id, TaskStatus status, LocalDate doneOn, String evidence, String assignee,
			long expectedVersion) {
		return jdbc.sql("""
				UPDATE tasks_task SET status = :status, done_on = :done, evidence = :evidence, assignee = :assignee,
				    version = version + 1
				WHERE id = :id AND version = :version""")
			.param("status", status.name()).param("done", doneOn).param("evidence", evidence)
			.param("assignee", assignee).param("id", id).param("version", expectedVersion)
			.update() == 1;
	}

	void addUpdate(long taskId, Instant at, String username, TaskStatus status, String note, Tasks.Attachment file) {
		jdbc.sql("""
				INSERT INTO tasks_update (task_id, at, username, status, note, file_name, file_type, file_body)
				VALUES (:task, :at, :user, :status, :note, :name, :type, :body)""")
			.param("task", taskId).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).param("user", username)
			.param("status", status.name()).param("note", note)
			.param("name", file == null ? null : file.fileName())
			.param("type", file == null ? null : file.contentType())
			.param("body", file == null ? null : file.body())
			.update();
	}

	Optional<Task> find(long id, Map<Long, String> ownerNames) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM tasks_task WHERE id = ?").param(id)
			.query((rs, n) -> task(rs, ownerNames)).optional();
	}

	/** Only the version: for the conflict message. */
	long version(long id) {
		return jdbc.sql("SELECT version FROM tasks_task WHERE id = ?").param(id).query(Long.class).single();
	}

	String provinceOf(long id) {
		return jdbc.sql("SELECT province_code FROM tasks_task WHERE id = ?").param(id).query(String.class).optional()
			.orElse(null);
	}

	List<Task> inProvince(String province, Map<Long, String> ownerNames) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM tasks_task WHERE province_code = ? ORDER BY deadline, id")
			.param(province).query((rs, n) -> task(rs, ownerNames)).list();
	}

	/** Undone tasks due between the two days (inclusive), every province: what reminders and escalations read. */
	List<Task> undoneDueBetween(LocalDate from, LocalDate to) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM tasks_task WHERE status <> 'DONE' AND deadline BETWEEN ? AND ?"
				+ " ORDER BY deadline, id")
			.params(from, to).query((rs, n) -> task(rs, Map.of())).list();
	}

	List<Tasks.Update> updates(long taskId) {
		return jdbc.sql("SELECT id, at, username, status, note, file_name FROM tasks_update WHERE task_id = ? ORDER BY at, id")
			.param(taskId)
			.query((rs, n) -> new Tasks.Update(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
					rs.getString(3), TaskStatus.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6)))
			.list();
	}

	Optional<Tasks.Attachment> attachment(long taskId, long updateId) {
		return jdbc.sql("SELECT file_name, file_type, file_body FROM tasks_update WHERE task_id = ? AND id = ? AND file_name IS NOT NULL")
			.params(taskId, updateId)
			.query((rs, n) -> new Tasks.Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
	}

	Tasks.OwnOpen countOpen(java.util.Collection<Long> owners, LocalDate today) {
		return jdbc.sql("""
				SELECT COUNT(*), COALESCE(SUM(CASE WHEN deadline < :today THEN 1 ELSE 0 END), 0) FROM tasks_task
				WHERE status <> 'DONE' AND owner_org_id IN (:owners)""")
			.param("today", today).param("owners", owners)
			.query((rs, n) -> new Tasks.OwnOpen(rs.getInt(1), rs.getInt(2))).single();
	}

	/** Records that a notice of this kind went to this user for the task; false when it went before. */
	boolean markSent(long taskId, String kind, String username, String email, Instant at) {
		return jdbc.sql("""
				INSERT INTO tasks_notice_sent (task_id, kind, username, email, sent_at)
				SELECT :task, :kind, :user, :email, :at
				WHERE NOT EXISTS (SELECT 1 FROM tasks_notice_sent WHERE task_id = :task AND kind = :kind AND username = :user)""")
			.param("task", taskId).param("kind", kind).param("user", username).param("email", email)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update() == 1;
	}

	private static Task task(ResultSet rs, Map<Long, String> ownerNames) throws SQLException {
		String support = rs.getString("support_org_ids");
		String number = rs.getString("directive_number");
		LocalDate directiveDate = rs.getObject("directive_date", LocalDate.class);
		String recurrence = rs.getString("recurrence");
		long series = rs.getLong("series_id");
		Long seriesId = rs.wasNull() ? null : series;
		long owner = rs.getLong("owner_org_id");
		return new Task(rs.getLong("id"), rs.getString("province_code"), rs.getString("title"), owner,
				ownerNames.getOrDefault(owner, String.valueOf(owner)), rs.getString("assignee"),
				support == null ? List.of() : Arrays.stream(support.split(",")).map(Long::valueOf).toList(),
				rs.getObject("deadline", LocalDate.class),
				number == null && directiveDate == null ? null
						: new Task.Directive(number, directiveDate, rs.getString("directive_title")),
				recurrence == null ? null : Recurrence.valueOf(recurrence), seriesId,
				TaskStatus.valueOf(rs.getString("status")), rs.getObject("done_on", LocalDate.class),
				rs.getString("evidence"), rs.getLong("version"));
	}
}
