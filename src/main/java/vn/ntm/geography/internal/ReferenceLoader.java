package vn.ntm.geography.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ntm.shared.VietnameseText;

/**
 * Loads the administrative units from the reference files in {@code reference/admin/} at start-up. Each data set
 * is loaded once per checksum of its files: a restart with the same files does nothing, changed files replace the
 * set's rows and keep the region overrides and especially-difficult flags set on them.
 */
@Component
@Order(10)
class ReferenceLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ReferenceLoader.class);
	private static final String DIR = "reference/admin/";
	static final Set<String> SEED_PROVINCES = Set.of("62", "42");
	/** The two-tier local government took effect on this day (Nghị quyết 202/2025/QH15). */
	static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
	private static final LocalDate FIRST_DUMP = LocalDate.of(2020, 1, 1);

	private final JdbcTemplate jdbc;
	private final TransactionTemplate tx;
	private final GeographyProperties properties;
	private final UnitIndex index;
	private final Clock clock;

	ReferenceLoader(JdbcTemplate jdbc, TransactionTemplate tx, GeographyProperties properties, UnitIndex index,
			Clock clock) {
		this.jdbc = jdbc;
		this.tx = tx;
		this.properties = properties;
		this.index = index;
		this.clock = clock;
	}

	record Row(String code, LocalDate validFrom, LocalDate validTo, String name, String type, String level,
			String parentCode, String path, String region) {
	}

	record Link(String oldCode, String newCode, LocalDate effectiveOn, String kind) {
	}

	@Override
	public void run(ApplicationArguments args) {
		Map<String, String> regions = regions();
		load("seed", List.of("vietnam-units-history-2020-2025.csv", "hatinh-2025.csv", "quangngai-2025.csv",
				"reform-2025-mapping.csv", "province-regions.csv"), () -> seedUnits(regions), this::seedLineage);
		if (properties.loadNational()) {
			load("national", List.of("vietnam-2025-03.csv", "province-regions.csv"), () -> nationalUnits(regions),
					List::of);
		}
	}

	private void load(String dataset, List<String> files, java.util.function.Supplier<List<Row>> units,
			java.util.function.Supplier<List<Link>> lineage) {
		String checksum = checksum(files);
		List<String> loaded = jdbc.queryForList("SELECT checksum FROM geography_reference_load WHERE dataset = ?",
				String.class, dataset);
		if (loaded.contains(checksum)) {
			return;
		}
		List<Row> rows = units.get();
		List<Link> links = lineage.get();
		tx.executeWithoutResult(status -> {
			List<Object[]> profiles = jdbc.query("""
					SELECT region_override, especially_difficult, version, code, valid_from FROM geography_unit
					WHERE source = ? AND (region_override IS NOT NULL OR especially_difficult OR version > 0)""",
					(rs, n) -> new Object[] { rs.getString(1), rs.getBoolean(2), rs.getLong(3), rs.getString(4),
							rs.getDate(5) },
					dataset);
			jdbc.update("DELETE FROM geography_unit WHERE source = ?", dataset);
			jdbc.update("DELETE FROM geography_lineage WHERE source = ?", dataset);
			jdbc.batchUpdate("""
					INSERT INTO geography_unit (code, valid_from, valid_to, name, folded_name, type, level,
					    parent_code, path, region, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
					rows.stream().map(r -> new Object[] { r.code(), Date.valueOf(r.validFrom()),
							Date.valueOf(r.validTo()), r.name(), VietnameseText.fold(r.name()), r.type(),
							r.level().toUpperCase(java.util.Locale.ROOT), r.parentCode(), r.path(), r.region(),
							dataset }).toList());
			jdbc.batchUpdate("""
					INSERT INTO geography_lineage (old_code, new_code, effective_on, kind, source)
					VALUES (?, ?, ?, ?, ?)""",
					links.stream().map(l -> new Object[] { l.oldCode(), l.newCode(), Date.valueOf(l.effectiveOn()),
							l.kind(), dataset }).toList());
			jdbc.batchUpdate("""
					UPDATE geography_unit SET region_override = ?, especially_difficult = ?, version = ?
					WHERE code = ? AND valid_from = ?""", profiles);
			jdbc.update("DELETE FROM geography_reference_load WHERE dataset = ?", dataset);
			jdbc.update("INSERT INTO geography_reference_load (dataset, checksum, row_count, loaded_at) VALUES (?, ?, ?, ?)",
					dataset, checksum, rows.size(), Timestamp.from(clock.instant()));
			jdbc.update("UPDATE geography_revision SET revision = revision + 1 WHERE id = 1");
		});
		index.invalidate();
		log.info("Loaded {} administrative units and {} lineage links ({})", rows.size(), links.size(), dataset);
	}

	/**
	 * Kon Tum and Hà Tĩnh as the GSO lists of 2020–2025 showed them, then the two-tier units from 1 July 2025. The
	 * history has dump dates, not legal dates: a row runs from its first dump to the day before the next dump that
	 * no longer shows it; the first dump (2020-01-01) means "since before our records".
	 */
	List<Row> seedUnits(Map<String, String> regions) {
		List<String[]> history = csv("vietnam-units-history-2020-2025.csv");
		TreeSet<LocalDate> dumps = new TreeSet<>();
		Map<String, String> parents = new HashMap<>();
		for (String[] r : history) {
			dumps.add(LocalDate.parse(r[5]));
			if (!r[6].isEmpty()) {
				dumps.add(LocalDate.parse(r[6]));
			}
			if (!"commune".equals(r[3])) {
				parents.put(r[0], r[4]);
			}
		}
		List<Row> rows = new ArrayList<>();
		for (String[] r : history) {
			String path = path(r[0], r[4], parents);
			String province = path.split("/")[1];
			if (!SEED_PROVINCES.contains(province)) {
				continue;
			}
			LocalDate firstSeen = LocalDate.parse(r[5]);
			LocalDate from = firstSeen.equals(FIRST_DUMP) ? UnitIndex.BEFORE_RECORDS : firstSeen;
			LocalDate to;
			if (r[6].isEmpty()) {
				to = REFORM.minusDays(1);
			}
			else {
				LocalDate next = dumps.higher(LocalDate.parse(r[6]));
				to = next == null ? REFORM.minusDays(1) : next.minusDays(1);
			}
			rows.add(new Row(r[0], from, to, r[1], r[2], r[3], blankToNull(r[4]), path, regions.get(province)));
		}
		for (String file : List.of("hatinh-2025.csv", "quangngai-2025.csv")) {
			Map<String, String> parents2025 = new HashMap<>();
			List<String[]> units = csv(file);
			units.forEach(r -> parents2025.put(r[0], r[4]));
			for (String[] r : units) {
				String path = path(r[0], r[4], parents2025);
				rows.add(new Row(r[0], REFORM, UnitIndex.NO_END, r[1], r[2], r[3], blankToNull(r[4]), path,
						regions.get(path.split("/")[1])));
			}
		}
		return rows;
	}

	List<Link> seedLineage() {
		Map<String, Link> links = new LinkedHashMap<>();
		for (String[] r : csv("reform-2025-mapping.csv")) {
			links.putIfAbsent(r[0] + ">" + r[1], new Link(r[0], r[1], REFORM, r[6]));
		}
		// Nghị quyết 1677/NQ-UBTVQH15: Kon Tum merged into Quảng Ngãi; Hà Tĩnh kept its code
		links.put("62>51", new Link("62", "51", REFORM, "full"));
		links.put("42>42", new Link("42", "42", REFORM, "full"));
		// Nghị quyết 1203/NQ-UBTVQH15, in force 1/11/2024: Huyện Lộc Hà dissolved, its communes went to Thạch Hà
		links.put("448>445", new Link("448", "445", LocalDate.of(2024, 11, 1), "full"));
		return List.copyOf(links.values());
	}

	/** Every province other than the seed ones, as on 1 March 2025, until the reform. */
	List<Row> nationalUnits(Map<String, String> regions) {
		List<String[]> units = csv("vietnam-2025-03.csv");
		Map<String, String> parents = new HashMap<>();
		units.stream().filter(r -> !"commune".equals(r[3])).forEach(r -> parents.put(r[0], r[4]));
		List<Row> rows = new ArrayList<>(units.size());
		for (String[] r : units) {
			String path = path(r[0], r[4], parents);
			String province = path.split("/")[1];
			if (!SEED_PROVINCES.contains(province)) {
				rows.add(new Row(r[0], UnitIndex.BEFORE_RECORDS, REFORM.minusDays(1), r[1], r[2], r[3],
						blankToNull(r[4]), path, regions.get(province)));
			}
		}
		return rows;
	}

	Map<String, String> regions() {
		Map<String, String> regions = new HashMap<>();
		csv("province-regions.csv").forEach(r -> regions.put(r[0], r[2]));
		return regions;
	}

	private static String path(String code, String parent, Map<String, String> parents) {
		StringBuilder path = new StringBuilder(code).append('/');
		String p = parent;
		while (p != null && !p.isEmpty()) {
			path.insert(0, p + "/");
			p = parents.get(p);
		}
		return "/" + path;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}

	private static List<String[]> csv(String file) {
		try (InputStream in = new ClassPathResource(DIR + file).getInputStream()) {
			String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
			int columns = lines[0].split(",", -1).length;
			List<String[]> rows = new ArrayList<>(lines.length);
			for (int i = 1; i < lines.length; i++) {
				if (!lines[i].isBlank()) {
					String[] fields = lines[i].strip().split(",", -1);
					if (fields.length < columns) {
						throw new IllegalStateException(file + ", line " + (i + 1) + ": missing column");
					}
					rows.add(fields);
				}
			}
			return rows;
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read " + file, e);
		}
	}

	private static String checksum(List<String> files) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (String file : files) {
				try (InputStream in = new ClassPathResource(DIR + file).getInputStream()) {
					digest.update(in.readAllBytes());
				}
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
