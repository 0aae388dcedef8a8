package vn.ntm.geography.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Region;
import vn.ntm.geography.UnitLevel;
import vn.ntm.geography.UnitLineage;

/**
 * All unit rows and lineage held in memory, since they are read on nearly every request and change rarely. Each
 * instance reloads when the database's revision counter moved (checked at most every few seconds), so a change
 * made through another instance shows up shortly after; the database stays authoritative.
 */
@Component
class UnitIndex {

	static final LocalDate BEFORE_RECORDS = LocalDate.of(1900, 1, 1);
	static final LocalDate NO_END = LocalDate.of(9999, 12, 31);
	private static final long CHECK_EVERY_NANOS = 5_000_000_000L;

	private final JdbcClient jdbc;
	private volatile Snapshot snapshot;
	private volatile long checkedAt;

	UnitIndex(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Snapshot(long revision, List<AdministrativeUnit> units, Map<String, List<AdministrativeUnit>> byCode,
			Map<String, List<UnitLineage>> successors, Map<String, List<UnitLineage>> predecessors) {
	}

	Snapshot current() {
		Snapshot s = snapshot;
		long now = System.nanoTime();
		if (s == null || now - checkedAt > CHECK_EVERY_NANOS) {
			long revision = revision();
			checkedAt = now;
			if (s == null || s.revision() != revision) {
				s = load(revision);
				snapshot = s;
			}
		}
		return s;
	}

	void invalidate() {
		snapshot = null;
	}

	private long revision() {
		return jdbc.sql("SELECT revision FROM geography_revision WHERE id = 1").query(Long.class).single();
	}

	private synchronized Snapshot load(long revision) {
		Snapshot s = snapshot;
		if (s != null && s.revision() == revision) {
			return s;
		}
		List<AdministrativeUnit> units = jdbc.sql("""
				SELECT code, name, type, level, parent_code, path, valid_from, valid_to,
				       COALESCE(region_override, region) AS effective_region, especially_difficult
				FROM geography_unit ORDER BY path, valid_from""").query(UnitIndex::unit).list();
		Map<String, List<AdministrativeUnit>> byCode = new HashMap<>();
		for (AdministrativeUnit u : units) {
			byCode.computeIfAbsent(u.code(), k -> new ArrayList<>()).add(u);
		}
		List<UnitLineage> lineage = jdbc.sql("""
				SELECT old_code, new_code, effective_on, kind FROM geography_lineage
				ORDER BY effective_on, old_code, new_code""")
				.query((rs, n) -> new UnitLineage(rs.getString(1), rs.getString(2),
						rs.getObject(3, LocalDate.class), rs.getString(4)))
				.list();
		Map<String, List<UnitLineage>> successors = new HashMap<>();
		Map<String, List<UnitLineage>> predecessors = new HashMap<>();
		for (UnitLineage l : lineage) {
			successors.computeIfAbsent(l.oldCode(), k -> new ArrayList<>()).add(l);
			predecessors.computeIfAbsent(l.newCode(), k -> new ArrayList<>()).add(l);
		}
		byCode.values().forEach(rows -> rows.sort(Comparator.comparing(UnitIndex::from)));
		return new Snapshot(revision, List.copyOf(units), byCode, successors, predecessors);
	}

	static LocalDate from(AdministrativeUnit u) {
		return u.validFrom() == null ? BEFORE_RECORDS : u.validFrom();
	}

	private static AdministrativeUnit unit(ResultSet rs, int row) throws SQLException {
		LocalDate from = rs.getObject("valid_from", LocalDate.class);
		LocalDate to = rs.getObject("valid_to", LocalDate.class);
		return new AdministrativeUnit(rs.getString("code"), rs.getString("name"), rs.getString("type"),
				UnitLevel.valueOf(rs.getString("level")), rs.getString("parent_code"), rs.getString("path"),
				BEFORE_RECORDS.equals(from) ? null : from, NO_END.equals(to) ? null : to,
				Region.valueOf(rs.getString("effective_region")), rs.getBoolean("especially_difficult"));
	}
}
