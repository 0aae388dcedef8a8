package vn.ntm.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import vn.ntm.shared.Period;

/**
 * How many criteria each demo commune meets at each period, and which communes are recognised when. Pure and
 * deterministic (fixed seed): the same plan every run, so tests and screenshots can rely on its figures.
 *
 * <p>Built backwards from the published figures: Kon Tum, end of 2021, 35 communes recognised (all meeting 19/19),
 * average 15,88 (1.350 criteria over 85 communes); end of 2022, 42 meeting 19/19 of which 36 recognised, average
 * 16,00 (1.360), still 3 advanced. The 2022 target communes progress, all but one reaching 19.
 */
final class DemoPlan {

	static final int CRITERIA = 19;
	static final long SEED = 20221231L;

	/** Kon Tum directive 2022: 8 more NTM communes (the last one misses in the demo). */
	static final List<String> TARGETS_2022_STANDARD = List.of("23317", "23323", "23335", "23464", "23494", "23509",
			"23515", "23398");
	/** Kon Tum directive 2023: 7 more NTM communes. */
	static final List<String> TARGETS_2023_STANDARD = List.of("23518", "23503", "23380", "23356", "23535", "23534",
			"23431");
	/** Advanced targets of 2022 and 2023 and model targets: all recognised NTM before 2022. */
	static final List<String> ADVANCED_AND_MODEL_TARGETS = List.of("23329", "23437", "23440", "23386", "23542",
			"23488", "23338", "23392", "23353", "23521", "23497", "23512");
	/** Recognised advanced before the end of 2021: the model-commune targets Hà Mòn, Tân Lập, Đắk Mar. */
	static final List<String> ADVANCED_BY_2021 = List.of("23521", "23497", "23512");
	/** The 2022 target recognised in December 2022; the other six reaching 19 are recognised during 2023. */
	static final String RECOGNISED_IN_2022 = "23335";

	static final int RECOGNISED_2021 = 35;
	static final int SUM_2021 = 1350;
	static final int SUM_2022 = 1360;

	record Recognition(String unitCode, String tier, java.time.LocalDate date) {
	}

	private final List<String> communes;
	/** criteria met per commune, per period (2021, 2022, 2023-01 … 2023-12). */
	private final Map<Period, Map<String, Integer>> met = new TreeMap<>();
	private final List<Recognition> recognitions = new ArrayList<>();
	/** Each commune's criteria from hardest to easiest: the first 19 − k are the unmet ones. */
	private final Map<String, List<Integer>> hardest = new LinkedHashMap<>();

	DemoPlan(List<String> ruralCommuneCodes) {
		if (ruralCommuneCodes.size() != 85) {
			throw new IllegalArgumentException("the demo needs Kon Tum's 85 rural communes, got " + ruralCommuneCodes.size());
		}
		this.communes = List.copyOf(ruralCommuneCodes);
		Random random = new Random(SEED);
		for (String c : communes) {
			hardest.put(c, difficultyOrder(random));
		}
		build(random);
	}

	/** Criteria most often unmet first (income, poverty, production, environment, transport, …), shuffled a little. */
	private static List<Integer> difficultyOrder(Random random) {
		int[] weights = { 1, 6, 3, 1, 4, 5, 2, 1, 3, 9, 8, 4, 7, 3, 5, 2, 8, 1, 1 };
		List<double[]> keyed = new ArrayList<>();
		for (int i = 0; i < CRITERIA; i++) {
			keyed.add(new double[] { i + 1, -Math.log(random.nextDouble()) / weights[i] });
		}
		keyed.sort((a, b) -> Double.compare(a[1], b[1]));
		List<Integer> order = new ArrayList<>();
		keyed.forEach(k -> order.add((int) k[0]));
		return order;
	}

	private void build(Random random) {
		Set<String> fixed = new LinkedHashSet<>();
		fixed.addAll(TARGETS_2022_STANDARD);
		fixed.addAll(TARGETS_2023_STANDARD);
		fixed.addAll(ADVANCED_AND_MODEL_TARGETS);
		List<String> pool = new ArrayList<>(communes.stream().filter(c -> !fixed.contains(c)).toList());
		Collections.shuffle(pool, random);
		int needed = RECOGNISED_2021 - ADVANCED_AND_MODEL_TARGETS.size();
		List<String> recognised2021 = new ArrayList<>(ADVANCED_AND_MODEL_TARGETS);
		recognised2021.addAll(pool.subList(0, needed));
		List<String> others = new ArrayList<>(pool.subList(needed, pool.size()));
		Collections.sort(others);

		Map<String, Integer> y2021 = new LinkedHashMap<>();
		Map<String, Integer> y2022 = new LinkedHashMap<>();
		recognised2021.forEach(c -> { y2021.put(c, 19); y2022.put(c, 19); });
		int[] t2022in2021 = { 17, 18, 17, 18, 17, 17, 18, 17 };
		for (int i = 0; i < TARGETS_2022_STANDARD.size(); i++) {
			String c = TARGETS_2022_STANDARD.get(i);
			y2021.put(c, t2022in2021[i]);
			y2022.put(c, i < 7 ? 19 : 18);
		}
		int[] t2023in2021 = { 15, 14, 16, 13, 14, 15, 16 };
		int[] t2023in2022 = { 16, 15, 16, 14, 15, 16, 17 };
		for (int i = 0; i < TARGETS_2023_STANDARD.size(); i++) {
			y2021.put(TARGETS_2023_STANDARD.get(i), t2023in2021[i]);
			y2022.put(TARGETS_2023_STANDARD.get(i), t2023in2022[i]);
		}
		// the rest take whatever makes the province totals come out exactly
		Map<String, Integer> rest2021 = spread(others, SUM_2021 - sum(y2021), random, 9, 16);
		y2021.putAll(rest2021);
		Map<String, Integer> rest2022 = new LinkedHashMap<>(rest2021);
		adjust(rest2022, SUM_2022 - sum(y2022) - sum(rest2022), random, 9, 16);
		y2022.putAll(rest2022);
		met.put(Period.year(2021), order(y2021));
		met.put(Period.year(2022), order(y2022));

		recognised2021.forEach(c -> recognitions.add(new Recognition(c, "STANDARD",
				java.time.LocalDate.of(2015 + Math.floorMod(c.hashCode(), 7), 12, 20))));
		ADVANCED_BY_2021.forEach(c -> recognitions.add(new Recognition(c, "ADVANCED", java.time.LocalDate.of(2021, 11, 25))));
		recognitions.add(new Recognition(RECOGNISED_IN_2022, "STANDARD", java.time.LocalDate.of(2022, 12, 26)));

		// 2023: month by month, the 2023 targets close their gaps; the 2022 achievers are recognised; others move a little
		Map<String, Integer> current = new LinkedHashMap<>(y2022);
		List<String> waiting = TARGETS_2022_STANDARD.subList(0, 7).stream().filter(c -> !c.equals(RECOGNISED_IN_2022)).toList();
		for (int month = 1; month <= 12; month++) {
			for (int i = 0; i < TARGETS_2023_STANDARD.size(); i++) {
				String c = TARGETS_2023_STANDARD.get(i);
				int goal = i < 6 ? 19 : 18;
				if (current.get(c) < goal && (month + i) % 3 == 0) {
					current.put(c, current.get(c) + 1);
				}
			}
			for (String c : others) {
				if (current.get(c) < 18 && random.nextInt(12) == 0) {
					current.put(c, current.get(c) + 1);
				}
			}
			if (current.get("23398") < 19 && month == 5) {
				current.put("23398", 19);
			}
			met.put(Period.month(2023, month), order(current));
			if (month >= 3 && month - 3 < waiting.size()) {
				recognitions.add(new Recognition(waiting.get(month - 3), "STANDARD", java.time.LocalDate.of(2023, month, 15)));
			}
		}
	}

	private Map<String, Integer> order(Map<String, Integer> byCommune) {
		Map<String, Integer> ordered = new LinkedHashMap<>();
		communes.forEach(c -> ordered.put(c, byCommune.get(c)));
		return ordered;
	}

	private static int sum(Map<String, Integer> m) {
		return m.values().stream().mapToInt(Integer::intValue).sum();
	}

	private static Map<String, Integer> spread(List<String> units, int total, Random random, int min, int max) {
		Map<String, Integer> result = new LinkedHashMap<>();
		units.forEach(u -> result.put(u, min + random.nextInt(max - min + 1)));
		adjust(result, total - sum(result), random, min, max);
		return result;
	}

	/** Moves the counts by {@code delta} in total, one criterion at a time, within [min, max]. */
	private static void adjust(Map<String, Integer> counts, int delta, Random random, int min, int max) {
		List<String> units = new ArrayList<>(counts.keySet());
		int guard = 0;
		while (delta != 0) {
			if (++guard > 100_000) {
				throw new IllegalStateException("cannot reach the demo totals within " + min + ".." + max);
			}
			String u = units.get(random.nextInt(units.size()));
			int v = counts.get(u);
			if (delta > 0 && v < max) {
				counts.put(u, v + 1);
				delta--;
			}
			else if (delta < 0 && v > min) {
				counts.put(u, v - 1);
				delta++;
			}
		}
	}

	List<Period> periods() {
		return new ArrayList<>(met.keySet());
	}

	Map<String, Integer> criteriaMet(Period period) {
		return met.get(period);
	}

	/** The criteria the commune does not meet when it meets {@code count}: its hardest ones. */
	Set<Integer> unmetCriteria(String commune, int count) {
		return new LinkedHashSet<>(hardest.get(commune).subList(0, CRITERIA - count));
	}

	List<Recognition> recognitions() {
		return List.copyOf(recognitions);
	}
}
