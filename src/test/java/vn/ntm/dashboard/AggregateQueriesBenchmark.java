package vn.ntm.dashboard;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.ntm.assessment.Assessments;
import vn.ntm.assessment.UnitValues;
import vn.ntm.criteria.CriteriaSets;
import vn.ntm.geography.Geography;
import vn.ntm.support.Dhis2Workload;
import vn.ntm.support.PostgresDatabase;

/**
 * Not a test (surefire does not pick this name): the aggregate reads of PERFORMANCE.md on the DHIS2 workload (100
 * communes × 57 indicators × 12 months = 68,400 values, written once), through the whole web stack (MockMvc:
 * security, controllers, templates or JSON; the localhost socket left out). Cold = the first request after the
 * write, warm = the median of ten. Run: {@code mvn -o -q test -Dtest=AggregateQueriesBenchmark [-Dbench.postgres=true]}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AggregateQueriesBenchmark {

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

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Test
	void readsTheProvinceAggregatesOfTheDhis2Workload() throws Exception {
		write();
		RequestPostProcessor admin = user(accounts.loadUserByUsername("admin"));
		String db = Boolean.getBoolean("bench.postgres") ? "postgres" : "h2";

		measure(db, "province summary × 12 months (12 requests, JSON)", 200, () -> {
			for (int month = 1; month <= 12; month++) {
				mvc.perform(get("/api/v1/units/62/summary").param("period", "2023-%02d".formatted(month)).with(admin))
					.andReturn();
			}
			return null;
		});
		SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("admin", null,
				List.of(new SimpleGrantedAuthority("ROLE_SYSTEM"))));
		measure(db, "  of which the matrix query (Assessments.matrix, no web)", 200,
				() -> assessments.matrix("62", vn.ntm.shared.Period.parse("2023-12")));
		SecurityContextHolder.clearContext();
		measure(db, "baseline: a page with no data (account page, HTML)", 200,
				() -> mvc.perform(get("/account/password").with(admin)).andReturn());
		measure(db, "commune × criterion matrix of the province, 2023-12 (HTML page)", 200,
				() -> mvc.perform(get("/matrix").param("unit", "62").param("period", "2023-12").with(admin)).andReturn());
		measure(db, "full table: 100 communes × 57 indicators, 2023-12 (values workbook)", 400, () -> {
			MvcResult started = mvc.perform(get("/exchange/values.xlsx").param("unit", "62").param("period", "2023-12")
				.with(admin)).andReturn();
			return mvc.perform(asyncDispatch(started)).andReturn();
		});
		measure(db, "full table × 12 months (12 values workbooks)", 1000, () -> {
			for (int month = 1; month <= 12; month++) {
				MvcResult started = mvc.perform(get("/exchange/values.xlsx").param("unit", "62")
					.param("period", "2023-%02d".formatted(month)).with(admin)).andReturn();
				mvc.perform(asyncDispatch(started)).andReturn();
			}
			return null;
		});
	}

	/** @param dhis2Ms the peer's warm time for the nearest query of PERFORMANCE.md (cold: the full table's 1 s) */
	private static void measure(String db, String what, long dhis2Ms, Callable<?> query) throws Exception {
		long cold = time(query);
		long[] warm = new long[10];
		for (int i = 0; i < warm.length; i++) {
			warm[i] = time(query);
		}
		Arrays.sort(warm);
		long median = (warm[4] + warm[5]) / 2;
		System.out.printf(Locale.ROOT, "BENCH %s %s: cold %,d ms, warm median %,d ms (min %,d, max %,d); "
				+ "DHIS2 warm up to %,d ms → %.1f× faster%n", db, what, cold / 1_000_000, median / 1_000_000,
				warm[0] / 1_000_000, warm[9] / 1_000_000, dhis2Ms, dhis2Ms * 1_000_000.0 / Math.max(median, 1));
	}

	private static long time(Callable<?> query) throws Exception {
		long start = System.nanoTime();
		query.call();
		return System.nanoTime() - start;
	}

	private void write() {
		SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("bench", null,
				List.of(new SimpleGrantedAuthority("ROLE_SYSTEM"))));
		try {
			List<UnitValues> batch = Dhis2Workload.values(geography, criteriaSets,
					(commune, month) -> month + commune.code().hashCode());
			assessments.recordAll(UUID.randomUUID().toString(), batch, "bench");
			System.out.printf(Locale.ROOT, "BENCH workload: %,d values%n",
					batch.stream().mapToLong(u -> u.values().size()).sum());
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
