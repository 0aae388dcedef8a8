package vn.ntm.exchange;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import vn.ntm.criteria.Comparison;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.Criterion;
import vn.ntm.criteria.Indicator;
import vn.ntm.criteria.IndicatorValue;
import vn.ntm.criteria.LegalBasis;
import vn.ntm.criteria.SetLevel;
import vn.ntm.criteria.Threshold;
import vn.ntm.criteria.Tier;
import vn.ntm.criteria.ValueType;
import vn.ntm.exchange.internal.ImportLimits;
import vn.ntm.exchange.internal.ImportRules;
import vn.ntm.exchange.internal.ParsedValues;
import vn.ntm.exchange.internal.ValuesTemplate;
import vn.ntm.exchange.internal.WorkbookGuard;
import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Region;
import vn.ntm.geography.UnitLevel;
import vn.ntm.shared.Period;

/**
 * Not a test: a national-size import (10,000 communes × 57 indicators, unit codes from the 2025 list) written as a
 * template, then read by POI's own event API doing nothing (the floor) and by our streaming parse with every cell
 * validated, alternately, with the peak heap of each. Run with {@code bench/run-import-benchmark.sh} (-Xmx512m).
 */
public final class ImportBenchmark {

	public static void main(String[] args) throws Exception {
		int communes = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
		List<AdministrativeUnit> units = units(communes);
		CriteriaSet set = set();
		Path file = Files.createTempFile("ntm-national-", ".xlsx");
		long t0 = System.nanoTime();
		writeTemplate(file, units, set);
		long writeMs = (System.nanoTime() - t0) / 1_000_000;
		System.out.printf(Locale.ROOT, "workbook: %,d communes × %d indicators = %,d values, %,d bytes, written in %,d ms%n",
				units.size(), set.indicatorCount(), (long) units.size() * set.indicatorCount(), Files.size(file), writeMs);
		System.out.printf(Locale.ROOT, "max heap: %,d MiB%n", Runtime.getRuntime().maxMemory() / (1024 * 1024));

		Map<String, AdministrativeUnit> byCode = new HashMap<>();
		units.forEach(u -> byCode.put(u.code(), u));
		ImportRules rules = new ImportRules() {
			public CriteriaSet set() { return set; }
			public Optional<AdministrativeUnit> unit(String code) { return Optional.ofNullable(byCode.get(code)); }
			public List<String> suggestions(String code, String name) { return List.of(); }
			public boolean inScope(AdministrativeUnit unit) { return true; }
			public boolean canWrite(AdministrativeUnit unit, int criterion) { return true; }
		};
		ImportLimits limits = ImportLimits.defaults();
		WorkbookGuard.configurePoi(limits);

		List<Long> poi = new ArrayList<>();
		List<Long> ours = new ArrayList<>();
		long poiPeak = 0;
		long oursPeak = 0;
		for (int round = 0; round < rounds + 1; round++) {
			Measured a = measure(() -> poiAlone(file));
			Measured b = measure(() -> {
				WorkbookGuard.check(file, "national.xlsx", limits, ExchangeFixtures.MESSAGES);
				ParsedValues parsed = ExchangeFixtures.reader(limits).read(file,
						(meta, errors) -> rules);
				if (!parsed.valid()) throw new IllegalStateException(parsed.totalErrors() + " errors, first: " + parsed.errors().getFirst());
				return parsed.cells();
			});
			if (round == 0) {
				System.out.printf(Locale.ROOT, "warm-up: POI %,d ms, ours %,d ms (%,d cells)%n", a.ms, b.ms, b.result);
				continue;
			}
			poi.add(a.ms);
			ours.add(b.ms);
			poiPeak = Math.max(poiPeak, a.peak);
			oursPeak = Math.max(oursPeak, b.peak);
			System.out.printf(Locale.ROOT, "round %d: POI alone %,d ms (peak heap %,d MiB), parse+validate %,d ms (peak heap %,d MiB), ratio %.2f%n",
					round, a.ms, a.peak >> 20, b.ms, b.peak >> 20, (double) b.ms / a.ms);
		}
		long poiMedian = median(poi);
		long oursMedian = median(ours);
		System.out.printf(Locale.ROOT, "median: POI alone %,d ms, parse+validate %,d ms, ratio %.2f (target ≤ 3); peak heap POI %,d MiB, ours %,d MiB (target < 512)%n",
				poiMedian, oursMedian, (double) oursMedian / poiMedian, poiPeak >> 20, oursPeak >> 20);
		Files.deleteIfExists(file);
	}

	record Measured(long ms, long peak, long result) {
	}

	static Measured measure(Callable<Long> work) throws Exception {
		System.gc();
		List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
			.filter(p -> p.getType() == MemoryType.HEAP).toList();
		pools.forEach(MemoryPoolMXBean::resetPeakUsage);
		long start = System.nanoTime();
		long result = work.call();
		long ms = (System.nanoTime() - start) / 1_000_000;
		long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
		return new Measured(ms, peak, result);
	}

	/** POI's event API with its shared strings table and a handler that does nothing with the cells. */
	static long poiAlone(Path file) throws Exception {
		long[] cells = { 0 };
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
			XSSFReader reader = new XSSFReader(pkg);
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			while (sheets.hasNext()) {
				try (InputStream in = sheets.next()) {
					XMLReader xml = XMLHelper.newXMLReader();
					xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
							new XSSFSheetXMLHandler.SheetContentsHandler() {
								public void startRow(int rowNum) { }
								public void endRow(int rowNum) { }
								public void cell(String ref, String value, XSSFComment comment) { cells[0]++; }
							}, new DataFormatter(), false));
					xml.parse(new InputSource(in));
				}
			}
		}
		return cells[0];
	}

	static long median(List<Long> values) {
		List<Long> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

	static List<AdministrativeUnit> units(int limit) throws Exception {
		Map<String, Region> regions = new HashMap<>();
		try (InputStream in = ImportBenchmark.class.getResourceAsStream("/reference/admin/province-regions.csv");
				BufferedReader r = new BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
			r.lines().skip(1).map(l -> l.split(",", -1)).forEach(p -> regions.put(p[0], Region.valueOf(p[2])));
		}
		Map<String, String> parents = new HashMap<>();
		List<AdministrativeUnit> units = new ArrayList<>();
		try (InputStream in = ImportBenchmark.class.getResourceAsStream("/reference/admin/vietnam-2025-03.csv");
				BufferedReader r = new BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
			for (String line : r.lines().skip(1).toList()) {
				String[] p = line.split(",", -1);
				parents.put(p[0], p[4]);
				if (!"commune".equals(p[3]) || units.size() >= limit) continue;
				String district = p[4];
				String province = parents.getOrDefault(district, "");
				units.add(new AdministrativeUnit(p[0], p[1], p[2], UnitLevel.COMMUNE, district,
						"/" + province + "/" + district + "/" + p[0] + "/", null, null,
						regions.getOrDefault(province, Region.DBSH), false));
			}
		}
		return units;
	}

	/** 19 criteria, 57 indicators: numbers, percentages and yes/no like the commune set. */
	static CriteriaSet set() {
		List<Criterion> criteria = new ArrayList<>();
		int n = 0;
		for (int c = 1; c <= 19; c++) {
			List<Indicator> indicators = new ArrayList<>();
			for (int i = 1; i <= 3; i++, n++) {
				ValueType type = n % 3 == 0 ? ValueType.BOOLEAN : n % 3 == 1 ? ValueType.PERCENT : ValueType.NUMBER;
				indicators.add(new Indicator(c + "." + i, "Chỉ tiêu " + c + "." + i, "Indicator", type == ValueType.PERCENT
						? "%" : type == ValueType.NUMBER ? "km" : null, type,
						type == ValueType.BOOLEAN ? Comparison.YES : Comparison.AT_LEAST, null,
						List.of(new Threshold(null, null, null, type == ValueType.BOOLEAN ? "Đạt" : "50", "bench", true,
								false)), false, null));
			}
			criteria.add(new Criterion(c, "I", "Tiêu chí " + c, "Criterion " + c, indicators));
		}
		return new CriteriaSet("xa-bench", 1, "Bộ tiêu chí đo", "Bench set", SetLevel.COMMUNE, Tier.STANDARD,
				LocalDate.of(2021, 1, 1), null, new LegalBasis("bench", null, null, null), null, null, criteria);
	}

	static void writeTemplate(Path file, List<AdministrativeUnit> units, CriteriaSet set) throws Exception {
		Random random = new Random(42);
		List<Indicator> indicators = ValuesTemplate.indicators(set, c -> true);
		List<ValuesTemplate.CommuneLine> lines = new ArrayList<>(units.size());
		for (AdministrativeUnit u : units) {
			Map<String, IndicatorValue> values = new HashMap<>();
			for (Indicator i : indicators) {
				values.put(i.code(), i.valueType() == ValueType.BOOLEAN ? IndicatorValue.of(random.nextBoolean())
						: IndicatorValue.of(BigDecimal.valueOf(random.nextInt(1_000), 1)));
			}
			lines.add(new ValuesTemplate.CommuneLine(u, u.parentCode(), values));
		}
		AdministrativeUnit country = new AdministrativeUnit("VN", "Việt Nam", "Quốc gia", UnitLevel.PROVINCE, null, "/",
				null, null, Region.DBSH, false);
		try (OutputStream out = Files.newOutputStream(file)) {
			new ValuesTemplate(key -> ExchangeFixtures.BUNDLE.getMessage("exchange.template." + key, null, key,
					Locale.forLanguageTag("vi")))
				.write(new ValuesTemplate.Content(country, Period.year(2024), set, indicators, lines, "bench",
						OffsetDateTime.now()), out);
		}
	}

	private ImportBenchmark() {
	}
}
