package vn.ntm.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.ntm.assessment.Assessments;
import vn.ntm.assessment.BatchResult;
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
import vn.ntm.support.PostgresDatabase;

/**
 * Not a test (surefire does not pick this name): the DHIS2 workload of PERFORMANCE.md — 100 communes × 57
 * indicators × 12 months = 68,400 values — written in one {@code Assessments.recordAll} call, validated and all or
 * nothing, read model rebuilt. Run: {@code mvn -o -q test -Dtest=RecordAllBenchmark [-Dbench.postgres=true]}.
 */
@SpringBootTest
@ActiveProfiles("test")
class RecordAllBenchmark {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		if (Boolean.getBoolean("bench.postgres")) {
			PostgresDatabase.register(registry);
		}
	}

	@Autowired
	Assessments assessments;

	@Autowired
	Geography geography;

	@Autowired
	CriteriaSets criteriaSets;

	@Test
	void writes68400ValuesInOneCall() {
		SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("bench", null,
				List.of(new SimpleGrantedAuthority("ROLE_SYSTEM"))));
		LocalDate end = LocalDate.of(2023, 12, 31);
		List<AdministrativeUnit> communes = geography.units("62", UnitLevel.COMMUNE, end).stream().limit(100).toList();
		CriteriaSet set = criteriaSets.inForce(SetLevel.COMMUNE, end, "62").stream()
			.filter(s -> s.tier() == Tier.STANDARD).findFirst().orElseThrow();
		List<Indicator> indicators = set.criteria().stream().flatMap(c -> c.indicators().stream()).limit(57).toList();
		for (int run = 0; run < 2; run++) {
			List<UnitValues> batch = new ArrayList<>();
			for (int month = 1; month <= 12; month++) {
				for (AdministrativeUnit c : communes) {
					List<ValueInput> values = new ArrayList<>();
					for (Indicator i : indicators) {
						values.add(new ValueInput(i.code(), value(i, month + run), null, null, null));
					}
					batch.add(new UnitValues(c.code(), "2023-%02d".formatted(month), set.code(), values));
				}
			}
			long count = batch.stream().mapToLong(u -> u.values().size()).sum();
			long start = System.nanoTime();
			BatchResult result = assessments.recordAll(UUID.randomUUID().toString(), batch, "bench");
			long ms = (System.nanoTime() - start) / 1_000_000;
			System.out.printf(Locale.ROOT, "BENCH %s run %d: %d communes × %d indicators × 12 months = %,d values in %,d ms "
					+ "(created %,d, updated %,d); DHIS2 one request: 97,000 ms → %.1f× faster%n",
					Boolean.getBoolean("bench.postgres") ? "postgres" : "h2", run + 1, communes.size(), indicators.size(),
					count, ms, result.created(), result.updated(), 97_000.0 / ms);
		}
	}

	private static Object value(Indicator i, int seed) {
		return switch (i.valueType()) {
			case BOOLEAN -> seed % 2 == 0 ? "Đạt" : "Không đạt";
			case CHOICE -> i.choices().isEmpty() ? "x" + seed : i.choices().get(seed % i.choices().size());
			default -> String.valueOf(40 + seed);
		};
	}
}
