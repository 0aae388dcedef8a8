package vn.ntm.planning.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The planning_sponsorship table. */
@Repository
class SponsorshipStore {

	private static final String COLUMNS = """
			SELECT id, sponsor_org_id, province_code, unit_code, sponsor_year, committed_vnd, mobilised_vnd, note,
			    demo, version
			FROM planning_sponsorship""";

	private final JdbcClient jdbc;

	SponsorshipStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Row(long id, long sponsorId, String provinceCode, String unitCode, int year, BigDecimal committed,
			BigDecimal mobilised, String note, boolean demo, long version) {
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5),
				rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getString(8), rs.getBoolean(9), rs.getLong(10));
	}

	List<Row> list(String provinceCode, int year) {
		return jdbc.sql(COLUMNS + " WHERE province_code = :p AND sponsor_year = :y ORDER BY sponsor_org_id, unit_code, id")
			.param("p", provinceCode).param("y", year).query(SponsorshipStore::row).list();
	}

	List<Row> list(String provinceCode) {
		return jdbc.sql(COLUMNS + " WHERE province_code = :p ORDER BY sponsor_year DESC, sponsor_org_id, unit_code, id")
			.param("p", provinceCode).query(SponsorshipStore::row).list();
	}

	Optional<Row> find(long id) {
		return jdbc.sql(COLUMNS + " WHERE id = :id").param("id", id).query(SponsorshipStore::row).optional();
	}

	/** True when the sponsor already has a sponsorship of the unit for the year (other than {@code exceptId}). */
	boolean exists(long sponsorId, String unitCode, int year, long exceptId) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM planning_sponsorship
				WHERE sponsor_org_id = :s AND unit_code = :u AND sponsor_year = :y AND id <> :id""")
			.param("s", sponsorId).param("u", unitCode).param("y", year).param("id", exceptId)
			.query(Long.class).single() > 0;
	}

	long insert(long sponsorId, String provinceCode, String unitCode, int year, BigDecimal committed,
			BigDecimal mobilised, String note, boolean demo) {
		var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO planning_sponsorship (sponsor_org_id, province_code, unit_code, sponsor_year, committed_vnd,
				    mobilised_vnd, note, demo, version)
				VALUES (:s, :p, :u, :y, :c, :m, :note, :demo, 0)""")
			.param("s", sponsorId).param("p", provinceCode).param("u", unitCode).param("y", year)
			.param("c", committed).param("m", mobilised).param("note", note).param("demo", demo)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/** Updates the row if it still is at {@code expectedVersion}; 0 when someone changed or deleted it. */
	int update(long id, long sponsorId, String unitCode, int year, BigDecimal committed, BigDecimal mobilised,
			String note, long expectedVersion) {
		return jdbc.sql("""
				UPDATE planning_sponsorship SET sponsor_org_id = :s, unit_code = :u, sponsor_year = :y,
				    committed_vnd = :c, mobilised_vnd = :m, note = :note, demo = FALSE, version = version + 1
				WHERE id = :id AND version = :v""")
			.param("s", sponsorId).param("u", unitCode).param("y", year).param("c", committed)
			.param("m", mobilised).param("note", note).param("id", id).param("v", expectedVersion).update();
	}

	int delete(long id, long expectedVersion) {
		return jdbc.sql("DELETE FROM planning_sponsorship WHERE id = :id AND version = :v").param("id", id)
			.param("v", expectedVersion).update();
	}

	boolean anyDemo() {
		return jdbc.sql("SELECT COUNT(*) FROM planning_sponsorship WHERE demo").query(Long.class).single() > 0;
	}
}
