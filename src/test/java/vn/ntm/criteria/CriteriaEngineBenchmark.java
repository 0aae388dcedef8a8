package vn.ntm.criteria;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import vn.ntm.geography.Region;

/**
 * A national-size evaluation: 10,000 communes × 75 indicators in 19 criteria, region-specific thresholds, income
 * thresholds by year, a few thresholds unknown and about 2% of values missing. {@code scanValues} only reads every
 * value, as the lower bound to compare the engine with in the same run. Run with {@code bench/run-engine-benchmark.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgs = { "-Xmx1g" })
public class CriteriaEngineBenchmark {

	static final int COMMUNES = 10_000;
	static final int CRITERIA = 19;
	static final int INDICATORS = 75;

	CriteriaSet set;
	List<EvaluationContext> contexts;
	List<Map<String, IndicatorValue>> values;

	@Setup
	public void generate() {
		SplittableRandom random = new SplittableRandom(318);
		Region[] regions = Region.values();
		List<Criterion> criteria = new ArrayList<>();
		int made = 0;
		for (int c = 1; c <= CRITERIA; c++) {
			int count = c <= INDICATORS % CRITERIA ? INDICATORS / CRITERIA + 1 : INDICATORS / CRITERIA;
			List<Indicator> indicators = new ArrayList<>();
			for (int k = 1; k <= count; k++, made++) {
				String code = c + "." + k;
				List<Threshold> thresholds = new ArrayList<>();
				Comparison comparison;
				if (made % 5 == 4) {
					comparison = Comparison.YES;
					thresholds.add(new Threshold(null, null, null, "Đạt", "bench", false, false));
				}
				else if (c == 10 && k == 1) {
					comparison = Comparison.AT_LEAST;
					for (int year = 2022; year <= 2025; year++) {
						for (Region r : regions) {
							thresholds.add(new Threshold(r, year, null, String.valueOf(40 + random.nextInt(30)), "bench",
									false, false));
						}
					}
				}
				else {
					comparison = made % 7 == 3 ? Comparison.AT_MOST : Comparison.AT_LEAST;
					// three indicators keep their thresholds unknown, as in the reference sets
					boolean unknown = made == 7 || made == 33 || made == 61;
					thresholds.add(new Threshold(null, null, null, unknown ? null : String.valueOf(random.nextInt(100)),
							"bench", false, false));
					for (Region r : regions) {
						thresholds.add(new Threshold(r, null, null, unknown ? null : random.nextInt(100) + ",5", "bench",
								false, false));
					}
				}
				indicators.add(new Indicator(code, code, null, "%", comparison == Comparison.YES ? ValueType.BOOLEAN
						: ValueType.PERCENT, comparison, null, thresholds, false, null));
			}
			criteria.add(new Criterion(c, null, "Tiêu chí " + c, null, indicators));
		}
		set = new CriteriaSet("xa-ntm-bench", 1, "Bộ thử", null, SetLevel.COMMUNE, Tier.STANDARD,
				LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31), null, null, null, criteria);
		contexts = new ArrayList<>(COMMUNES);
		values = new ArrayList<>(COMMUNES);
		for (int i = 0; i < COMMUNES; i++) {
			contexts.add(new EvaluationContext(regions[random.nextInt(regions.length)], "p" + (i % 63), 2022 + i % 4));
			Map<String, IndicatorValue> commune = new HashMap<>();
			for (Criterion c : criteria) {
				for (Indicator indicator : c.indicators()) {
					if (random.nextInt(50) == 0) {
						continue;
					}
					commune.put(indicator.code(), indicator.comparison() == Comparison.YES
							? IndicatorValue.of(random.nextInt(10) > 0)
							: IndicatorValue.of(BigDecimal.valueOf(random.nextInt(1000), 1)));
				}
			}
			values.add(commune);
		}
		if (set.indicatorCount() != INDICATORS) {
			throw new IllegalStateException("expected " + INDICATORS + " indicators, made " + set.indicatorCount());
		}
	}

	@Benchmark
	public void evaluateAllCommunes(Blackhole hole) {
		for (int i = 0; i < COMMUNES; i++) {
			hole.consume(CriteriaEngine.evaluate(set, contexts.get(i), values.get(i)).criteriaMet());
		}
	}

	@Benchmark
	public void scanValues(Blackhole hole) {
		for (int i = 0; i < COMMUNES; i++) {
			Map<String, IndicatorValue> commune = values.get(i);
			for (Criterion c : set.criteria()) {
				for (Indicator indicator : c.indicators()) {
					hole.consume(commune.get(indicator.code()));
				}
			}
		}
	}
}
