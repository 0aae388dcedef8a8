package vn.ntm.geography.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ntm.geography.internal.ProvinceDataSets.DataSet;
import vn.ntm.shared.VietnameseText;

/**
 * Writes the administrative units of the served provinces from the reference files in {@code reference/admin/}. Each
 * province is one data set, loaded once per checksum of its files: a restart with the same files does nothing,
 * changed files replace the set's rows and keep the region overrides and especially-difficult flags set on them.
 */
@Component
class ReferenceLoader {

	private static final Logger log = LoggerFactory.getLogger(ReferenceLoader.class);
	/** The data sets of releases before the served provinces (Kon Tum and Hà Tĩnh together, the other 61). */
	private static final List<String> FORMER_DATASETS = List.of("seed", "national");

	private final JdbcTemplate jdbc;
	private final TransactionTemplate tx;
	private final UnitIndex index;
	private final Clock clock;

	ReferenceLoader(JdbcTemplate jdbc, TransactionTemplate tx, UnitIndex index, Clock clock) {
		this.jdbc = jdbc;
		this.tx = tx;
		this.index = index;
		this.clock = clock;
	}

	/** Loads every province whose data set is missing or out of date, in one transaction; returns the rows written. */
	int load(Collection<String> provinces) {
		ProvinceDataSets files = new ProvinceDataSets();
		int[] written = { 0 };
		tx.executeWithoutResult(status -> {
			List<Object[]> formerProfiles = replaceFormerDataSets();
			for (String province : provinces) {
				written[0] += load(files.dataSet(province));
			}
			restore(formerProfiles);
			if (written[0] > 0 || !formerProfiles.isEmpty()) {
				jdbc.update("UPDATE geography_revision SET revision = revision + 1 WHERE id = 1");
			}
		});
		index.invalidate();
		return written[0];
	}

	private int load(DataSet set) {
		String dataset = "province-" + set.province();
		String checksum = ReferenceFiles.checksum(set.files(), dataset);
		List<String> loaded = jdbc.queryForList("SELECT checksum FROM geography_reference_load WHERE dataset = ?",
				String.class, dataset);
		if (loaded.contains(checksum)) {
			return 0;
		}
		List<Object[]> profiles = profiles(List.of(dataset));
		jdbc.update("DELETE FROM geography_unit WHERE source = ?", dataset);
		jdbc.update("DELETE FROM geography_lineage WHERE source = ?", dataset);
		jdbc.batchUpdate("""
				INSERT INTO geography_unit (code, valid_from, valid_to, name, folded_name, type, level,
				    parent_code, path, region, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
				set.units().stream().map(r -> new Object[] { r.code(), Date.valueOf(r.validFrom()),
						Date.valueOf(r.validTo()), r.name(), VietnameseText.fold(r.name()), r.type(),
						r.level().toUpperCase(Locale.ROOT), r.parentCode(), r.path(), r.region(), dataset }).toList());
		jdbc.batchUpdate("""
				INSERT INTO geography_lineage (old_code, new_code, effective_on, kind, source)
				VALUES (?, ?, ?, ?, ?)""",
				set.lineage().stream().map(l -> new Object[] { l.oldCode(), l.newCode(),
						Date.valueOf(l.effectiveOn()), l.kind(), dataset }).toList());
		restore(profiles);
		jdbc.update("DELETE FROM geography_reference_load WHERE dataset = ?", dataset);
		jdbc.update("INSERT INTO geography_reference_load (dataset, checksum, row_count, loaded_at) VALUES (?, ?, ?, ?)",
				dataset, checksum, set.units().size(), Timestamp.from(clock.instant()));
		log.info("Loaded {} administrative units and {} lineage links of province {}", set.units().size(),
				set.lineage().size(), set.province());
		return set.units().size();
	}

	/** An install of an earlier release: its rows give way to the served provinces' sets, keeping their settings. */
	private List<Object[]> replaceFormerDataSets() {
		List<Object[]> profiles = profiles(FORMER_DATASETS);
		for (String former : FORMER_DATASETS) {
			jdbc.update("DELETE FROM geography_unit WHERE source = ?", former);
			jdbc.update("DELETE FROM geography_lineage WHERE source = ?", former);
			jdbc.update("DELETE FROM geography_reference_load WHERE dataset = ?", former);
		}
		return profiles;
	}

	private List<Object[]> profiles(List<String> datasets) {
		return datasets.stream().flatMap(dataset -> jdbc.query("""
				SELECT region_override, especially_difficult, version, code, valid_from FROM geography_unit
				WHERE source = ? AND (region_override IS NOT NULL OR especially_difficult OR version > 0)""",
				(rs, n) -> new Object[] { rs.getString(1), rs.getBoolean(2), rs.getLong(3), rs.getString(4),
						rs.getDate(5) },
				dataset).stream()).toList();
	}

	private void restore(List<Object[]> profiles) {
		if (!profiles.isEmpty()) {
			jdbc.batchUpdate("""
					UPDATE geography_unit SET region_override = ?, especially_difficult = ?, version = ?
					WHERE code = ? AND valid_from = ?""", profiles);
		}
	}
}
