package vn.ntm.reporting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;
import vn.ntm.reporting.Submission;
import vn.ntm.reporting.Submission.Attachment;
import vn.ntm.reporting.Submission.Prefill;
import vn.ntm.reporting.Submission.State;

/** Submissions and their attachments in {@code reporting_submission} and {@code reporting_attachment}. */
@Repository
class SubmissionStore {

	private static final String COLUMNS = """
			id, province_code, reporter_code, reporter_name, report_month, revision, state, quarter_end, prefill, results,
			difficulties, proposals, created_by, created_at, submitted_by, submitted_at, version""";

	private final JdbcClient jdbc;
	private final JsonMapper json;

	SubmissionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.json = JsonMapper.builder().build();
	}

	long insert(String province, Reporter reporter, YearMonth month, int revision, boolean quarterEnd,
			Prefill prefill, String results, String difficulties, String proposals, String by, Instant at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO reporting_submission (province_code, reporter_code, reporter_name, report_month, revision,
				    state, quarter_end, prefill, results, difficulties, proposals, created_by, created_at, version)
				VALUES (:province, :reporter, :name, :month, :revision, 'DRAFT', :quarterEnd, :prefill, :results,
				    :difficulties, :proposals, :by, :at, 0)""")
			.param("province", province).param("reporter", reporter.code()).param("name", reporter.name())
			.param("month", month.toString()).param("revision", revision).param("quarterEnd", quarterEnd)
			.param("prefill", json.writeValueAsString(prefill)).param("results", results)
			.param("difficulties", difficulties).param("proposals", proposals).param("by", by)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	void saveNarrative(long id, String results, String difficulties, String proposals, long expectedVersion) {
		int updated = jdbc.sql("""
				UPDATE reporting_submission SET results = :results, difficulties = :difficulties,
				    proposals = :proposals, version = version + 1
				WHERE id = :id AND version = :version AND state = 'DRAFT'""")
			.param("results", results).param("difficulties", difficulties).param("proposals", proposals)
			.param("id", id).param("version", expectedVersion).update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("submission " + id + " was changed or submitted meanwhile");
		}
	}

	void markSubmitted(long id, String by, Instant at, long expectedVersion) {
		int updated = jdbc.sql("""
				UPDATE reporting_submission SET state = 'SUBMITTED', submitted_by = :by, submitted_at = :at,
				    version = version + 1
				WHERE id = :id AND version = :version AND state = 'DRAFT'""")
			.param("by", by).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).param("id", id)
			.param("version", expectedVersion).update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("submission " + id + " was changed or submitted meanwhile");
		}
	}

	void touch(long id) {
		jdbc.sql("UPDATE reporting_submission SET version = version + 1 WHERE id = :id").param("id", id).update();
	}

	long addAttachment(long submissionId, String filename, String mediaType, byte[] content, String by, Instant at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO reporting_attachment (submission_id, filename, media_type, size_bytes, content, uploaded_by,
				    uploaded_at)
				VALUES (:submission, :filename, :type, :size, :content, :by, :at)""")
			.param("submission", submissionId).param("filename", filename).param("type", mediaType)
			.param("size", (long) content.length).param("content", content).param("by", by)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	Optional<Submission> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM reporting_submission WHERE id = :id").param("id", id)
			.query(this::map).optional().map(this::withAttachments);
	}

	List<Submission> revisions(String province, String reporterCode, YearMonth month) {
		return jdbc.sql("SELECT " + COLUMNS + """
				 FROM reporting_submission
				WHERE province_code = :province AND reporter_code = :reporter AND report_month = :month
				ORDER BY revision""")
			.param("province", province).param("reporter", reporterCode).param("month", month.toString())
			.query(this::map).list().stream().map(this::withAttachments).toList();
	}

	/** The first submission time of every reporter's report of the month. */
	Map<String, FirstSubmission> firstSubmissions(String province, YearMonth month) {
		Map<String, FirstSubmission> first = new HashMap<>();
		jdbc.sql("""
				SELECT reporter_code, id, submitted_at FROM reporting_submission
				WHERE province_code = :province AND report_month = :month AND submitted_at IS NOT NULL
				ORDER BY submitted_at""")
			.param("province", province).param("month", month.toString())
			.query((rs, n) -> new FirstSubmission(rs.getString(1), rs.getLong(2),
					rs.getObject(3, OffsetDateTime.class).toInstant()))
			.list()
			.forEach(f -> first.putIfAbsent(f.reporterCode(), f));
		return first;
	}

	Optional<vn.ntm.reporting.StoredFile> attachment(long submissionId, long attachmentId) {
		return jdbc.sql("""
				SELECT filename, media_type, content FROM reporting_attachment WHERE id = :id AND submission_id = :submission""")
			.param("id", attachmentId).param("submission", submissionId)
			.query((rs, n) -> new vn.ntm.reporting.StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.optional();
	}

	record FirstSubmission(String reporterCode, long submissionId, Instant submittedAt) {
	}

	private Submission withAttachments(Submission s) {
		List<Attachment> attachments = jdbc.sql("""
				SELECT id, filename, media_type, size_bytes FROM reporting_attachment WHERE submission_id = :id ORDER BY id""")
			.param("id", s.id())
			.query((rs, n) -> new Attachment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
			.list();
		return new Submission(s.id(), s.provinceCode(), s.reporterCode(), s.reporterName(), s.month(), s.revision(),
				s.state(), s.quarterEnd(), s.prefill(), s.results(), s.difficulties(), s.proposals(), attachments,
				s.createdBy(), s.createdAt(), s.submittedBy(), s.submittedAt(), s.version());
	}

	private Submission map(ResultSet rs, int n) throws SQLException {
		String prefill = rs.getString("prefill");
		OffsetDateTime submittedAt = rs.getObject("submitted_at", OffsetDateTime.class);
		return new Submission(rs.getLong("id"), rs.getString("province_code"), rs.getString("reporter_code"),
				rs.getString("reporter_name"), YearMonth.parse(rs.getString("report_month")), rs.getInt("revision"),
				State.valueOf(rs.getString("state")), rs.getBoolean("quarter_end"),
				prefill == null ? null : json.readValue(prefill, Prefill.class), rs.getString("results"),
				rs.getString("difficulties"), rs.getString("proposals"), List.of(), rs.getString("created_by"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("submitted_by"),
				submittedAt == null ? null : submittedAt.toInstant(), rs.getLong("version"));
	}
}
