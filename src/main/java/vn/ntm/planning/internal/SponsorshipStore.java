package vn.ntm.planning.internal;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The planning_sponsorship table. */
@Repository
class SponsorshipStore {

	private final JdbcClient jdbc;

	SponsorshipStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Row(long id, long sponsorId, String provinceCode, String unitCode, int year, BigDecimal committed,
			BigDecimal mobilised, String note, boolean demo, long version) {
	}

	List<Row> list(String provinceCode, int year) {
		return jdbc.sql("""
				SELECT id, sponsor_org_id, province_code, unit_code, sponsor_year, committed_vnd, mobilised_vnd, note,
				    demo, version
				FROM planning_sponsorship WHERE province_code = :p AND sponsor_year = :y ORDER BY sponsor_org_id, unit_code""")
			.param("p", provinceCode).param("y", year)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5),
					rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getString(8), rs.getBoolean(9), rs.getLong(10)))
			.list();
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

	boolean anyDemo() {
		return jdbc.sql("SELECT COUNT(*) FROM planning_sponsorship WHERE demo").query(Long.class).single() > 0;
	}
}
