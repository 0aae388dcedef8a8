package vn.ntm.reporting.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;
import vn.ntm.reporting.ConsolidatedFigures;
import vn.ntm.reporting.ConsolidatedReport;

/** Issued consolidated reports: insert-only, so an issued revision is never changed. */
@Repository
class ConsolidatedStore {

	private final JdbcClient jdbc;
	private final JsonMapper json = JsonMapper.builder().build();

	ConsolidatedStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	int nextRevision(String province, YearMonth month) {
		return jdbc.sql("""
				SELECT COALESCE(MAX(revision), 0) + 1 FROM reporting_consolidated
				WHERE province_code = :province AND report_month = :month""")
			.param("province", province).param("month", month.toString()).query(Integer.class).single();
	}

	/** The next number in the year's register of consolidated reports of the province. */
	int nextNumberInYear(String province, Instant yearStart, Instant nextYearStart) {
		return jdbc.sql("""
				SELECT COUNT(*) + 1 FROM reporting_consolidated
				WHERE province_code = :province AND issued_at >= :from AND issued_at < :to""")
			.param("province", province).param("from", OffsetDateTime.ofInstant(yearStart, ZoneOffset.UTC))
			.param("to", OffsetDateTime.ofInstant(nextYearStart, ZoneOffset.UTC)).query(Integer.class).single();
	}

	long insert(ConsolidatedFigures f, byte[] docx, byte[] xlsx, String reason, String by, Instant at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO reporting_consolidated (province_code, report_month, revision, document_number, figures,
				    docx, xlsx, reason, issued_by, issued_at)
				VALUES (:province, :month, :revision, :number, :figures, :docx, :xlsx, :reason, :by, :at)""")
			.param("province", f.provinceCode()).param("month", f.month().toString()).param("revision", f.revision())
			.param("number", f.documentNumber()).param("figures", json.writeValueAsString(f)).param("docx", docx)
			.param("xlsx", xlsx).param("reason", reason).param("by", by)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	List<ConsolidatedReport> all(String province, YearMonth month) {
		return jdbc.sql("""
				SELECT id, figures, issued_by, issued_at, reason FROM reporting_consolidated
				WHERE province_code = :province AND report_month = :month ORDER BY revision""")
			.param("province", province).param("month", month.toString())
			.query((rs, n) -> new ConsolidatedReport(rs.getLong(1),
					json.readValue(rs.getString(2), ConsolidatedFigures.class), rs.getString(3),
					rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5)))
			.list();
	}

	Optional<byte[]> file(String province, YearMonth month, int revision, String format) {
		String column = "xlsx".equals(format) ? "xlsx" : "docx";
		return jdbc.sql("SELECT " + column + """
				 FROM reporting_consolidated
				WHERE province_code = :province AND report_month = :month AND revision = :revision""")
			.param("province", province).param("month", month.toString()).param("revision", revision)
			.query((rs, n) -> rs.getBytes(1)).optional();
	}
}
