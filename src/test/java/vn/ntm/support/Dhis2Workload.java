package vn.ntm.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntBiFunction;

import vn.ntm.assessment.UnitValues;
import vn.ntm.assessment.ValueInput;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.CriteriaSets;
import vn.ntm.criteria.Indicator;
import vn.ntm.criteria.SetLevel;
import vn.ntm.criteria.Tier;
import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Geography;
import vn.ntm.geography.UnitLevel;

/**
 * The workload DHIS2 was measured on (PERFORMANCE.md): 100 communes of Kon Tum × 57 indicators of the standard set ×
 * the 12 months of 2023 = 68,400 values, for the benchmarks that compare with it.
 */
public final class Dhis2Workload {

	private Dhis2Workload() {
	}

	/** @param seed the number a commune's month turns into its values, so that two runs can differ */
	public static List<UnitValues> values(Geography geography, CriteriaSets criteriaSets,
			ToIntBiFunction<AdministrativeUnit, Integer> seed) {
		LocalDate end = LocalDate.of(2023, 12, 31);
		List<AdministrativeUnit> communes = geography.units("62", UnitLevel.COMMUNE, end).stream().limit(100).toList();
		CriteriaSet set = criteriaSets.inForce(SetLevel.COMMUNE, end, "62").stream()
			.filter(s -> s.tier() == Tier.STANDARD).findFirst().orElseThrow();
		List<Indicator> indicators = set.criteria().stream().flatMap(c -> c.indicators().stream()).limit(57).toList();
		List<UnitValues> batch = new ArrayList<>();
		for (int month = 1; month <= 12; month++) {
			for (AdministrativeUnit c : communes) {
				List<ValueInput> values = new ArrayList<>();
				for (Indicator i : indicators) {
					values.add(new ValueInput(i.code(), value(i, seed.applyAsInt(c, month)), null, null, null));
				}
				batch.add(new UnitValues(c.code(), "2023-%02d".formatted(month), set.code(), values));
			}
		}
		return batch;
	}

	private static Object value(Indicator i, int seed) {
		return switch (i.valueType()) {
			case BOOLEAN -> Math.floorMod(seed, 2) == 0 ? "Đạt" : "Không đạt";
			case CHOICE -> i.choices().isEmpty() ? "x" + seed : i.choices().get(Math.floorMod(seed, i.choices().size()));
			default -> String.valueOf(40 + Math.floorMod(seed, 60));
		};
	}
}
