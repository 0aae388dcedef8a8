package vn.ntm.geography.internal;

import static vn.ntm.geography.internal.ReferenceFiles.blankToNull;
import static vn.ntm.geography.internal.ReferenceFiles.csv;
import static vn.ntm.geography.internal.ReferenceFiles.path;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a province served by the install loads, built from the reference files: its units after the reform, the
 * units of the old provinces that formed it until the reform, and the lineage between them. Files are read once per
 * instance of this class, so a national load reads each file once for the 34 provinces.
 */
final class ProvinceDataSets {

	/** The two-tier local government took effect on this day (Nghị quyết 202/2025/QH15). */
	static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
	/** Which provinces load from their own files (province-sources.csv), and lineage changes before the reform. */
	static final String SOURCES = "province-sources.csv";
	static final String EARLIER_LINEAGE = "lineage-before-reform.csv";
	static final String COUNTRY_AFTER = "vietnam-2025-07.csv";
	static final String COUNTRY_BEFORE = "vietnam-2025-03.csv";
	static final String HISTORY = "vietnam-units-history-2020-2025.csv";
	static final String MAPPING = "reform-2025-mapping.csv";
	static final String MERGER = "province-merger-2025.csv";
	static final String REGIONS = "province-regions.csv";
	private static final LocalDate FIRST_DUMP = LocalDate.of(2020, 1, 1);

	record Row(String code, LocalDate validFrom, LocalDate validTo, String name, String type, String level,
			String parentCode, String path, String region) {
	}

	record Link(String oldCode, String newCode, LocalDate effectiveOn, String kind) {
	}

	/** One served province's rows, and the files they come from (their checksum decides whether to reload). */
	record DataSet(String province, List<Row> units, List<Link> lineage, List<String> files) {
	}

	private final Map<String, String> regions = ReferenceFiles.regions();
	private final Map<String, List<String[]>> files = new HashMap<>();
	/** Old provinces whose 2020–2025 changes are loaded from the GSO history (checked against the law: SOURCES.md). */
	private final Set<String> withHistory = sources("history").keySet();
	/** New provinces with their own post-reform file, which names the former provinces of each unit. */
	private final Map<String, String> ownFiles = sources("after");

	private Map<String, String> sources(String kind) {
		Map<String, String> found = new HashMap<>();
		file(SOURCES).stream().filter(r -> r[0].equals(kind)).forEach(r -> found.put(r[1], r[2]));
		return found;
	}

	/** The new provinces an earlier release held (it loaded exactly those with their own file). */
	Set<String> provincesWithOwnFile() {
		return ownFiles.keySet();
	}

	/** The 34 provinces after the reform, in code order: code → name. */
	Map<String, String> provincesAfterReform() {
		Map<String, String> provinces = new LinkedHashMap<>();
		file(COUNTRY_AFTER).stream().filter(r -> "province".equals(r[3])).forEach(r -> provinces.put(r[0], r[1]));
		return provinces;
	}

	/** The 63 provinces before the reform: code → name. */
	Map<String, String> oldProvinceNames() {
		Map<String, String> provinces = new HashMap<>();
		file(MERGER).forEach(r -> provinces.put(r[2], r[3]));
		return provinces;
	}

	/** Each new province's number of commune-level units. */
	Map<String, Integer> communesAfterReform() {
		Map<String, Integer> communes = new HashMap<>();
		file(COUNTRY_AFTER).stream().filter(r -> "commune".equals(r[3])).forEach(r -> communes.merge(r[4], 1, Integer::sum));
		return communes;
	}

	/** The old provinces that formed a new one (51 ← 51, 62), from the merger file. */
	List<String> formerProvinces(String province) {
		return file(MERGER).stream().filter(r -> r[0].equals(province)).map(r -> r[2]).toList();
	}

	DataSet dataSet(String province) {
		List<String> formers = formerProvinces(province);
		List<String> used = new ArrayList<>(List.of(REGIONS, MERGER, SOURCES, EARLIER_LINEAGE, ownFiles.getOrDefault(province, COUNTRY_AFTER)));
		List<Row> rows = new ArrayList<>(after(province));
		if (formers.stream().anyMatch(withHistory::contains)) {
			used.add(HISTORY);
			used.add(MAPPING);
			rows.addAll(history(formers));
		}
		if (formers.stream().anyMatch(p -> !withHistory.contains(p))) {
			used.add(COUNTRY_BEFORE);
			rows.addAll(snapshotBefore(formers));
		}
		return new DataSet(province, rows, lineage(province, formers), used);
	}

	/** The two-tier units from 1 July 2025. */
	private List<Row> after(String province) {
		List<String[]> units = file(ownFiles.getOrDefault(province, COUNTRY_AFTER)).stream()
			.filter(r -> r[0].equals(province) || r[4].equals(province))
			.toList();
		Map<String, String> parents = new HashMap<>();
		units.forEach(r -> parents.put(r[0], r[4]));
		return units.stream()
			.map(r -> new Row(r[0], REFORM, UnitIndex.NO_END, r[1], r[2], r[3], blankToNull(r[4]),
					path(r[0], r[4], parents), regions.get(province)))
			.toList();
	}

	/**
	 * Old provinces as the GSO lists of 2020–2025 showed them. The history has dump dates, not legal dates: a row runs
	 * from its first dump to the day before the next dump that no longer shows it; the first dump (2020-01-01) means
	 * "since before our records".
	 */
	private List<Row> history(List<String> formers) {
		List<String[]> history = file(HISTORY);
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
			String old = path.split("/")[1];
			if (!withHistory.contains(old) || !formers.contains(old)) {
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
			rows.add(new Row(r[0], from, to, r[1], r[2], r[3], blankToNull(r[4]), path, regions.get(old)));
		}
		return rows;
	}

	/** Old provinces without a checked history: as on 1 March 2025, until the reform. */
	private List<Row> snapshotBefore(List<String> formers) {
		List<String[]> units = file(COUNTRY_BEFORE);
		Map<String, String> parents = new HashMap<>();
		units.stream().filter(r -> !"commune".equals(r[3])).forEach(r -> parents.put(r[0], r[4]));
		List<Row> rows = new ArrayList<>();
		for (String[] r : units) {
			String path = path(r[0], r[4], parents);
			String old = path.split("/")[1];
			if (formers.contains(old) && !withHistory.contains(old)) {
				rows.add(new Row(r[0], UnitIndex.BEFORE_RECORDS, REFORM.minusDays(1), r[1], r[2], r[3],
						blankToNull(r[4]), path, regions.get(old)));
			}
		}
		return rows;
	}

	private List<Link> lineage(String province, List<String> formers) {
		Map<String, Link> links = new LinkedHashMap<>();
		if (formers.stream().anyMatch(withHistory::contains)) {
			for (String[] r : file(MAPPING)) {
				if (r[3].equals(province)) {
					links.putIfAbsent(r[0] + ">" + r[1], new Link(r[0], r[1], REFORM, r[6]));
				}
			}
		}
		// Nghị quyết 202/2025/QH15: each old province went whole into one new province (Kon Tum into Quảng Ngãi)
		formers.forEach(old -> links.put(old + ">" + province, new Link(old, province, REFORM, "full")));
		// changes between the dumps and the reform, with their resolution (e.g. Lộc Hà into Thạch Hà, 1/11/2024)
		for (String[] r : file(EARLIER_LINEAGE)) {
			if (formers.contains(r[4])) {
				links.put(r[0] + ">" + r[1], new Link(r[0], r[1], LocalDate.parse(r[2]), r[3]));
			}
		}
		return List.copyOf(links.values());
	}

	private List<String[]> file(String name) {
		return files.computeIfAbsent(name, ReferenceFiles::csv);
	}
}
