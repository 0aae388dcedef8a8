package vn.ntm.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import vn.ntm.identity.internal.ApiTokens;

/**
 * The deadline-day spike against the real web stack (issue #14): the transport department, the district and the
 * commune save values of one commune at once, and several clients race to create the same new value. Every request
 * answers 200 or, for a stale version, 409; never 5xx; the stored rows and the history are exactly what the answers
 * say. Outcomes, not timings. On H2 and PostgreSQL (subclasses).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
abstract class ParallelSavesContract {

	static final String DAK_MAR = "23512";
	static final int ROUNDS = 6;

	/** Who saves which indicator of Đăk Mar at once: each may write its own. */
	static final String[][] SAVES = { { "so-gtvt", "2.1", "85" }, { "so-gtvt", "2.2", "60" },
			{ "huyen-dakha", "4.1", "\"Đạt\"" }, { "huyen-dakha", "8.1", "\"Đạt\"" }, { "huyen-dakha", "17.4", "3" },
			{ "xa-dakmar", "17.1", "41" }, { "xa-dakmar", "1.1", "\"Đạt\"" }, { "xa-dakmar", "15.3", "\"21,5\"" } };

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApiTokens tokens;

	// API tokens, as scripts and integrations use: cheap to check, so the requests really meet in the write
	// (a password per request costs a hash and spreads them out)
	private final Map<String, String> secrets = new ConcurrentHashMap<>();

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aDepartmentTheDistrictAndTheCommuneSaveOneCommuneAtOnce() throws Exception {
		List<Integer> statuses = new ArrayList<>();
		for (int round = 1; round <= ROUNDS; round++) {
			String period = "2024-0" + round;
			List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
			for (String[] save : SAVES) {
				calls.add(put(save[0], period, "{\"values\":[{\"indicator\":\"" + save[1] + "\",\"value\":" + save[2]
						+ "}]}", null));
			}
			for (var call : calls) {
				HttpResponse<String> response = call.get();
				assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
				statuses.add(response.statusCode());
			}
		}
		assertThat(statuses).hasSize(ROUNDS * SAVES.length);
		assertThat(count("SELECT COUNT(*) FROM assessment_value WHERE unit_code = ? AND period LIKE '2024-0%'"))
			.isEqualTo(ROUNDS * SAVES.length);
		assertThat(count("SELECT COUNT(*) FROM assessment_value_history WHERE unit_code = ? AND period LIKE '2024-0%'"))
			.isEqualTo(ROUNDS * SAVES.length);
		// the read model holds one row per period with every save in it, not the result of whichever rebuild lost
		assertThat(count("""
				SELECT COUNT(*) FROM assessment_status WHERE unit_code = ? AND period LIKE '2024-0%'
				AND set_code = 'xa-ntm-2021-2025'"""))
			.isEqualTo(ROUNDS);
		assertThat(count("""
				SELECT COUNT(*) FROM assessment_criterion_status WHERE unit_code = ? AND period LIKE '2024-0%'
				AND set_code = 'xa-ntm-2021-2025'"""))
			.isEqualTo(ROUNDS * 19);
	}

	@Test
	void ofManyCreatingTheSameNewValueOneWinsAndTheOthersAreToldWhoDid() throws Exception {
		int parallel = 10;
		List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
		for (int i = 0; i < parallel; i++) {
			calls.add(put("xa-dakmar", "2024-07",
					"{\"values\":[{\"indicator\":\"17.1\",\"value\":" + (40 + i) + ",\"version\":0}]}", null));
		}
		List<Integer> statuses = new ArrayList<>();
		for (var call : calls) {
			HttpResponse<String> response = call.get();
			statuses.add(response.statusCode());
			if (response.statusCode() == 409) {
				assertThat(response.body()).contains("\"currentBy\":\"xa-dakmar\"");
			}
		}
		assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
		assertThat(statuses).filteredOn(s -> s == 409).hasSize(parallel - 1);
		assertThat(count("SELECT COUNT(*) FROM assessment_value WHERE unit_code = ? AND period = '2024-07'")).isOne();
		assertThat(count("SELECT COUNT(*) FROM assessment_value_history WHERE unit_code = ? AND period = '2024-07'"))
			.isOne();
	}

	@Test
	void withoutAVersionTheLastOfManyWritersWinsAndEveryChangeIsInTheHistory() throws Exception {
		int parallel = 10;
		List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
		for (int i = 0; i < parallel; i++) {
			calls.add(put("xa-dakmar", "2024-08",
					"{\"values\":[{\"indicator\":\"17.1\",\"value\":" + (50 + i) + "}]}", null));
		}
		for (var call : calls) {
			HttpResponse<String> response = call.get();
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		}
		assertThat(count("SELECT COUNT(*) FROM assessment_value WHERE unit_code = ? AND period = '2024-08'")).isOne();
		assertThat(count("SELECT COUNT(*) FROM assessment_value_history WHERE unit_code = ? AND period = '2024-08'"))
			.isEqualTo(parallel);
		assertThat(jdbc.queryForObject("""
				SELECT version FROM assessment_value WHERE unit_code = ? AND period = '2024-08'
				AND indicator_code = '17.1'""", Long.class, DAK_MAR)).isEqualTo(parallel);
	}

	@Test
	void ofTwoWritersHoldingTheSameEtagTheSecondIsRefusedWithTheCurrentOne() throws Exception {
		HttpResponse<String> read = http.send(request("xa-dakmar", "2024-09").GET().build(),
				HttpResponse.BodyHandlers.ofString());
		String tag = read.headers().firstValue("ETag").orElseThrow();
		List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			calls.add(put("xa-dakmar", "2024-09", "{\"values\":[{\"indicator\":\"17.1\",\"value\":" + (60 + i) + "}]}",
					tag));
		}
		List<HttpResponse<String>> responses = new ArrayList<>();
		for (var call : calls) {
			responses.add(call.get());
		}
		assertThat(responses).filteredOn(r -> r.statusCode() == 200).hasSize(1);
		assertThat(responses).filteredOn(r -> r.statusCode() == 412).hasSize(5);
		String now = responses.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow().headers()
			.firstValue("ETag").orElseThrow();
		assertThat(responses).filteredOn(r -> r.statusCode() == 412)
			.allMatch(r -> r.headers().firstValue("ETag").orElseThrow().equals(now));
		assertThat(count("SELECT COUNT(*) FROM assessment_value_history WHERE unit_code = ? AND period = '2024-09'"))
			.isOne();
	}

	@Test
	void theHistoryOfAUnitOutsideTheScopeIsRefusedWhetherItHasHistoryOrNot() throws Exception {
		// 18073 (Hà Tĩnh) has no history, 23512 has (the parallel saves above, or the demo's)
		for (String unit : List.of("18073", "23503")) {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
					+ "/api/v1/units/" + unit + "/history"))
				.header("Authorization", "Bearer " + secret("xa-dakmar")).build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(unit).isEqualTo(403);
		}
		HttpResponse<String> own = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/api/v1/units/" + DAK_MAR + "/history"))
			.header("Authorization", "Bearer " + secret("xa-dakmar")).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(own.statusCode()).isEqualTo(200);
	}

	private String secret(String user) {
		return secrets.computeIfAbsent(user, u -> tokens.create(u, "parallel saves", null).secret());
	}

	private long count(String sql) {
		return jdbc.queryForObject(sql, Long.class, DAK_MAR);
	}

	private HttpRequest.Builder request(String user, String period) {
		String secret = secret(user);
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/units/" + DAK_MAR + "/values/"
				+ period)).header("Authorization", "Bearer " + secret).header("Accept", "application/json");
	}

	private CompletableFuture<HttpResponse<String>> put(String user, String period, String body, String ifMatch) {
		HttpRequest.Builder request = request(user, period).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
	}
}
