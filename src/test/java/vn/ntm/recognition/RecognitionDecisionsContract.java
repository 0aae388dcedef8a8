package vn.ntm.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import vn.ntm.identity.internal.ApiTokens;

/**
 * A recognition decision recorded twice (issue #14): the second answer is 409 naming the decision already recorded,
 * never 500, and nothing more is stored; the same holds when several requests race to record it. H2 and PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class RecognitionDecisionsContract {

	static final String DAK_MAR = "23512";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApiTokens tokens;

	private final HttpClient http = HttpClient.newHttpClient();
	private String secret;

	@BeforeEach
	void token() {
		secret = tokens.create("admin", "recognition tests", null).secret();
	}

	@Test
	void aDecisionNumberAlreadyRecordedIsAConflictNamingTheDecision() throws Exception {
		String body = decision("1234/QĐ-UBND");
		assertThat(post(body).join().statusCode()).isEqualTo(201);
		HttpResponse<String> again = post(body).join();
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.body()).contains("urn:ntm:problem:decision-exists").contains("1234/QĐ-UBND")
			.contains("01/12/2022").contains("\"existing\"");
		assertThat(rows("1234/QĐ-UBND")).isOne();
		assertThat(jdbc.queryForObject("""
				SELECT COUNT(*) FROM identity_audit_log WHERE entity_type = 'recognition' AND new_value LIKE '1234/%'""",
				Long.class)).isOne();
	}

	@Test
	void ofManyRecordingTheSameDecisionAtOnceOneSucceedsAndTheOthersAreTold() throws Exception {
		List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			calls.add(post(decision("777/QĐ-UBND")));
		}
		List<Integer> statuses = calls.stream().map(c -> c.join().statusCode()).toList();
		assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
		assertThat(statuses).filteredOn(s -> s == 409).hasSize(7);
		assertThat(rows("777/QĐ-UBND")).isOne();
	}

	private long rows(String number) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM recognition_decision WHERE unit_code = ? AND decision_number = ?",
				Long.class, DAK_MAR, number);
	}

	private static String decision(String number) {
		return """
				{"tier":"STANDARD","decisionNumber":"%s","decisionDate":"2022-12-01","issuer":"UBND tỉnh Kon Tum"}"""
			.formatted(number);
	}

	private CompletableFuture<HttpResponse<String>> post(String body) {
		return http.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/units/" + DAK_MAR
				+ "/recognitions"))
			.header("Authorization", "Bearer " + secret).header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}
}
