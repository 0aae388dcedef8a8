package vn.ntm.assessment.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.ntm.assessment.Assessments.ValueChange;
import vn.ntm.assessment.RecordedValue;
import vn.ntm.shared.Period;

/** SQL for the values and their history. */
@Repository
class ValueStore {

	private static final String COLUMNS = """
			unit_code, period, set_code, indicator_code, value_number, value_text, note, evidence_ref, recorded_by,
			recorded_at, source, version""";

	private final JdbcClient jdbc;
	private final JdbcTemplate template;

	private static final int UPDATE_CHUNK = 1000;

	private volatile Boolean postgres;

	private final Clock clock;

	ValueStore(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
		this.jdbc = jdbc;
		this.template = template;
		this.clock = clock;
	}

	private boolean postgres() {
		if (postgres == null) {
			postgres = Boolean.TRUE.equals(template.execute((java.sql.Connection c) ->
					c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")));
		}
		return postgres;
	}

	List<RecordedValue> exactly(String unit, String setCode, Period period) {
		return jdbc.sql("SELECT " + COLUMNS
				+ " FROM assessment_value WHERE unit_code = :unit AND set_code = :set AND period = :period ORDER BY indicator_code")
			.param("unit", unit).param("set", setCode).param("period", period.toString())
			.query(ValueStore::map).list();
	}

	/** The values stored for exactly this set and period for any of the units, in chunks of 500 codes. */
	List<RecordedValue> exactlyMany(List<String> units, String setCode, Period period) {
		List<RecordedValue> result = new ArrayList<>();
		for (int from = 0; from < units.size(); from += 500) {
			List<String> chunk = units.subList(from, Math.min(units.size(), from + 500));
			result.addAll(jdbc.sql("SELECT " + COLUMNS
					+ " FROM assessment_value WHERE set_code = :set AND period = :period AND unit_code IN (:units)")
				.param("set", setCode).param("period", period.toString()).param("units", chunk)
				.query(ValueStore::map).list());
		}
		return result;
	}

	/** Every value of these units for the set, oldest period first, in chunks of 500 codes. */
	List<RecordedValue> allMany(List<String> units, String setCode) {
		List<RecordedValue> result = new ArrayList<>();
		for (int from = 0; from < units.size(); from += 500) {
			List<String> chunk = units.subList(from, Math.min(units.size(), from + 500));
			result.addAll(jdbc.sql("SELECT " + COLUMNS
					+ " FROM assessment_value WHERE set_code = :set AND unit_code IN (:units) ORDER BY unit_code, period_end, period_kind DESC")
				.param("set", setCode).param("units", chunk).query(ValueStore::map).list());
		}
		return result;
	}

	/** The values of these units for the set recorded for periods ending on or before {@code end}. */
	List<RecordedValue> upToMany(List<String> units, String setCode, LocalDate end) {
		List<RecordedValue> result = new ArrayList<>();
		for (int from = 0; from < units.size(); from += 500) {
			List<String> chunk = units.subList(from, Math.min(units.size(), from + 500));
			result.addAll(jdbc.sql("SELECT " + COLUMNS + " FROM assessment_value"
					+ " WHERE set_code = :set AND unit_code IN (:units) AND period_end <= :end")
				.param("set", setCode).param("units", chunk).param("end", end).query(ValueStore::map).list());
		}
		return result;
	}

	/** Every value of the unit for the set, oldest period first; the base of the as-of evaluation. */
	List<RecordedValue> all(String unit, String setCode) {
		return jdbc.sql("SELECT " + COLUMNS
				+ " FROM assessment_value WHERE unit_code = :unit AND set_code = :set ORDER BY period_end, period_kind DESC")
			.param("unit", unit).param("set", setCode).query(ValueStore::map).list();
	}

	void insert(List<RecordedValue> values) {
		template.batchUpdate("""
				INSERT INTO assessment_value (unit_code, period, period_end, period_kind, set_code, indicator_code,
				    value_number, value_text, note, evidence_ref, recorded_by, recorded_at, source, version)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", values, 500, (ps, v) -> {
			ps.setString(1, v.unitCode());
			ps.setString(2, v.period().toString());
			ps.setObject(3, v.period().end());
			ps.setInt(4, v.period().kind().ordinal());
			ps.setString(5, v.setCode());
			ps.setString(6, v.indicatorCode());
			ps.setBigDecimal(7, v.number());
			ps.setString(8, v.text());
			ps.setString(9, v.note());
			ps.setString(10, v.evidenceRef());
			ps.setString(11, v.recordedBy());
			ps.setObject(12, v.recordedAt());
			ps.setString(13, v.source());
			ps.setLong(14, v.version());
		});
	}

	/** Updates each value whose stored version is the one given; returns how many rows each statement changed. */
	int[] update(List<RecordedValue> values, List<Long> expectedVersions) {
		if (values.size() > 1 && postgres()) {
			return updateInChunks(values, expectedVersions);
		}
		List<Object[]> args = new ArrayList<>(values.size());
		for (int i = 0; i < values.size(); i++) {
			RecordedValue v = values.get(i);
			args.add(new Object[] { v.number(), v.text(), v.note(), v.evidenceRef(), v.recordedBy(), v.recordedAt(),
					v.source(), v.version(), v.unitCode(), v.setCode(), v.period().toString(), v.indicatorCode(),
					expectedVersions.get(i) });
		}
		return template.batchUpdate("""
				UPDATE assessment_value SET value_number = ?, value_text = ?, note = ?, evidence_ref = ?, recorded_by = ?,
				    recorded_at = ?, source = ?, version = ?
				WHERE unit_code = ? AND set_code = ? AND period = ? AND indicator_code = ? AND version = ?""", args);
	}

	/**
	 * PostgreSQL runs a batch of single-row UPDATEs one statement at a time; one UPDATE … FROM (VALUES …) per
	 * thousand rows does the same work far faster. A chunk in which any row's version no longer matches reports
	 * every row of it as not updated, so the caller's conflict check refuses the whole write.
	 */
	private int[] updateInChunks(List<RecordedValue> values, List<Long> expectedVersions) {
		int[] counts = new int[values.size()];
		for (int from = 0; from < values.size(); from += UPDATE_CHUNK) {
			int to = Math.min(values.size(), from + UPDATE_CHUNK);
			StringBuilder sql = new StringBuilder("""
					UPDATE assessment_value v SET value_number = n.value_number, value_text = n.value_text, note = n.note,
					    evidence_ref = n.evidence_ref, recorded_by = n.recorded_by, recorded_at = n.recorded_at,
					    source = n.source, version = n.version
					FROM (VALUES """);
			List<Object> args = new ArrayList<>((to - from) * 13);
			for (int i = from; i < to; i++) {
				RecordedValue v = values.get(i);
				sql.append(i == from ? "" : ", ").append("(CAST(? AS NUMERIC), CAST(? AS VARCHAR), CAST(? AS VARCHAR), "
						+ "CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS TIMESTAMPTZ), CAST(? AS VARCHAR), "
						+ "CAST(? AS BIGINT), CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR), "
						+ "CAST(? AS VARCHAR), CAST(? AS BIGINT))");
				args.addAll(java.util.Arrays.asList(v.number(), v.text(), v.note(), v.evidenceRef(), v.recordedBy(),
						v.recordedAt(), v.source(), v.version(), v.unitCode(), v.setCode(), v.period().toString(),
						v.indicatorCode(), expectedVersions.get(i)));
			}
			sql.append("""
					) AS n (value_number, value_text, note, evidence_ref, recorded_by, recorded_at, source, version,
					        unit_code, set_code, period, indicator_code, expected)
					WHERE v.unit_code = n.unit_code AND v.set_code = n.set_code AND v.period = n.period
					  AND v.indicator_code = n.indicator_code AND v.version = n.expected""");
			int updated = template.update(sql.toString(), args.toArray());
			java.util.Arrays.fill(counts, from, to, updated == to - from ? 1 : 0);
		}
		return counts;
	}

	int[] delete(List<RecordedValue> values) {
		List<Object[]> args = values.stream()
			.map(v -> new Object[] { v.unitCode(), v.setCode(), v.period().toString(), v.indicatorCode(), v.version() })
			.toList();
		return template.batchUpdate("""
				DELETE FROM assessment_value
				WHERE unit_code = ? AND set_code = ? AND period = ? AND indicator_code = ? AND version = ?""", args);
	}

	record Change(RecordedValue before, RecordedValue after) {
	}

	void history(List<Change> changes, String batchId) {
		template.batchUpdate("""
				INSERT INTO assessment_value_history (unit_code, period, set_code, indicator_code, old_number, old_text,
				    new_number, new_text, note, changed_by, changed_at, source, batch_id)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", changes, 500, (ps, c) -> {
			RecordedValue ref = c.after() != null ? c.after() : c.before();
			ps.setString(1, ref.unitCode());
			ps.setString(2, ref.period().toString());
			ps.setString(3, ref.setCode());
			ps.setString(4, ref.indicatorCode());
			ps.setBigDecimal(5, c.before() == null ? null : c.before().number());
			ps.setString(6, c.before() == null ? null : c.before().text());
			ps.setBigDecimal(7, c.after() == null ? null : c.after().number());
			ps.setString(8, c.after() == null ? null : c.after().text());
			ps.setString(9, c.after() == null ? null : c.after().note());
			ps.setString(10, c.after() != null ? c.after().recordedBy() : ref.recordedBy());
			ps.setObject(11, c.after() != null ? c.after().recordedAt() : OffsetDateTime.now(clock));
			ps.setString(12, ref.source());
			ps.setString(13, batchId);
		});
	}

	List<ValueChange> changes(String unit, String setCode, String indicator) {
		return jdbc.sql("""
				SELECT period, indicator_code, old_number, old_text, new_number, new_text, changed_by, changed_at, source, note
				FROM assessment_value_history
				WHERE unit_code = :unit AND set_code = :set AND (CAST(:indicator AS VARCHAR) IS NULL OR indicator_code = :indicator)
				ORDER BY changed_at DESC, id DESC""")
			.param("unit", unit).param("set", setCode).param("indicator", indicator)
			.query((rs, n) -> new ValueChange(rs.getString(1), rs.getString(2), display(rs.getBigDecimal(3), rs.getString(4)),
					display(rs.getBigDecimal(5), rs.getString(6)), rs.getString(7), offset(rs.getTimestamp(8)),
					rs.getString(9), rs.getString(10)))
			.list();
	}

	private static String display(BigDecimal number, String text) {
		return number != null ? number.stripTrailingZeros().toPlainString() : text;
	}

	private static OffsetDateTime offset(Timestamp ts) {
		return ts == null ? null : ts.toInstant().atOffset(java.time.ZoneOffset.UTC);
	}

	static RecordedValue map(ResultSet rs, int row) throws SQLException {
		BigDecimal number = rs.getBigDecimal("value_number");
		return new RecordedValue(rs.getString("unit_code"), Period.parse(rs.getString("period")),
				rs.getString("set_code"), rs.getString("indicator_code"),
				number == null ? null : number.stripTrailingZeros(), rs.getString("value_text"), rs.getString("note"),
				rs.getString("evidence_ref"), rs.getString("recorded_by"), offset(rs.getTimestamp("recorded_at")),
				rs.getString("source"), rs.getLong("version"));
	}
}
