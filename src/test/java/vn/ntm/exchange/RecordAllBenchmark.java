package vn.ntm.exchange;

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
import vn.ntm.criteria.CriteriaSets;
import vn.ntm.geography.Geography;
import vn.ntm.support.Dhis2Workload;
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
		for (int run = 0; run < 2; run++) {
			int shift = run;
			List<UnitValues> batch = Dhis2Workload.values(geography, criteriaSets, (commune, month) -> month + shift);
			long count = batch.stream().mapToLong(u -> u.values().size()).sum();
			long start = System.nanoTime();
			BatchResult result = assessments.recordAll(UUID.randomUUID().toString(), batch, "bench");
			long ms = (System.nanoTime() - start) / 1_000_000;
			System.out.printf(Locale.ROOT, "BENCH %s run %d: %d communes × %d indicators × 12 months = %,d values in %,d ms "
					+ "(created %,d, updated %,d); DHIS2 one request: 97,000 ms → %.1f× faster%n",
					Boolean.getBoolean("bench.postgres") ? "postgres" : "h2", run + 1, 100, 57,
					count, ms, result.created(), result.updated(), 97_000.0 / ms);
		}
	}
}
