package vn.ntm.assessment.internal;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Row locks per unit, held to the end of the caller's transaction: a write of a unit's values and the rebuild of its
 * status rows take them first, so writers of one unit follow each other instead of interleaving (the rebuild deletes
 * and re-inserts a unit's rows; two at once collide on the primary key). Units are locked in code order, so two
 * transactions locking overlapping sets of units cannot deadlock.
 */
@Component
class UnitLocks {

	private static final int CHUNK = 500;

	private final JdbcTemplate jdbc;

	private volatile String upsert;

	UnitLocks(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Locks the units for the rest of the current transaction (which must exist). */
	void lock(List<String> unitCodes) {
		List<String> sorted = List.copyOf(new TreeSet<>(unitCodes));
		if (sorted.isEmpty()) {
			return;
		}
		// a unit's first writers race to create its row: the upsert lets them all through to the lock below
		jdbc.batchUpdate(upsert(), sorted, CHUNK, (ps, code) -> ps.setString(1, code));
		for (int from = 0; from < sorted.size(); from += CHUNK) {
			List<String> chunk = sorted.subList(from, Math.min(sorted.size(), from + CHUNK));
			String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
			jdbc.queryForList("SELECT unit_code FROM assessment_unit_lock WHERE unit_code IN (" + marks
					+ ") ORDER BY unit_code FOR UPDATE", String.class, chunk.toArray());
		}
	}

	private String upsert() {
		if (upsert == null) {
			boolean postgres = Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) -> c.getMetaData()
				.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")));
			upsert = postgres ? "INSERT INTO assessment_unit_lock (unit_code) VALUES (?) ON CONFLICT DO NOTHING"
					: "MERGE INTO assessment_unit_lock (unit_code) KEY (unit_code) VALUES (?)";
		}
		return upsert;
	}
}
