package vn.ntm.planning.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.ntm.planning.KpiValue;

/** The planning_kpi_value table. */
@Repository
class KpiValueStore {

	/** Vietnam keeps +07:00 all year. */
	private static final java.time.ZoneOffset VIETNAM = java.time.ZoneOffset.ofHours(7);

	private final JdbcClient jdbc;

	KpiValueStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private static KpiValue value(ResultSet rs, int n) throws SQLException {
		return new KpiValue(rs.getLong("id"), rs.getObject("target_id", Long.class), rs.getString("province_code"),
				rs.getString("indicator"), rs.getString("value_period"), rs.getObject("period_end", LocalDate.class),
				rs.getBigDecimal("kpi_value"), rs.getString("source"), rs.getString("recorded_by"),
				rs.getObject("recorded_at", OffsetDateTime.class).withOffsetSameInstant(VIETNAM));
	}

	/** Values of the province recorded against these targets or for these indicators, newest period first. */
	List<KpiValue> of(String provinceCode, Collection<Long> targetIds, Collection<String> indicators) {
		if (targetIds.isEmpty() && indicators.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT * FROM planning_kpi_value
				WHERE province_code = :p AND (target_id IN (:ids) OR indicator IN (:indicators))
				ORDER BY period_end DESC, recorded_at DESC, id DESC""")
			.param("p", provinceCode).param("ids", targetIds.isEmpty() ? List.of(-1L) : targetIds)
			.param("indicators", indicators.isEmpty() ? List.of("") : indicators)
			.query(KpiValueStore::value).list();
	}

	KpiValue find(long id) {
		return jdbc.sql("SELECT * FROM planning_kpi_value WHERE id = :id").param("id", id).query(KpiValueStore::value)
			.single();
	}

	long insert(long targetId, String provinceCode, String indicator, String period, LocalDate periodEnd,
			BigDecimal value, String source, String by, OffsetDateTime at) {
		var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO planning_kpi_value (target_id, province_code, indicator, value_period, period_end, kpi_value,
				    source, recorded_by, recorded_at)
				VALUES (:t, :p, :i, :period, :end, :v, :s, :by, :at)""")
			.param("t", targetId).param("p", provinceCode).param("i", indicator).param("period", period)
			.param("end", periodEnd).param("v", value).param("s", source).param("by", by).param("at", at)
			.update(keys, "id");
		return keys.getKey().longValue();
	}
}
