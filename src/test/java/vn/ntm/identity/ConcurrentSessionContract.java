package vn.ntm.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A user who opens several tabs right after signing in (or htmx firing requests together) sends concurrent requests
 * in a brand-new session; each may store the same session attribute (the CSRF token) first. Every one must answer,
 * on H2 and on PostgreSQL (issue #14).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
abstract class ConcurrentSessionContract {

	static final int ROUNDS = 6;
	static final int PARALLEL = 5;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void parallelRequestsInAFreshSessionAllAnswer() throws Exception {
		List<Integer> statuses = new ArrayList<>();
		for (int round = 0; round < ROUNDS; round++) {
			String session = signIn("vpdp", "demo12345");
			List<CompletableFuture<HttpResponse<Void>>> calls = new ArrayList<>();
			for (int i = 0; i < PARALLEL; i++) {
				calls.add(http.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/account/password"))
					.header("Cookie", session).build(), HttpResponse.BodyHandlers.discarding()));
			}
			for (var call : calls) {
				statuses.add(call.get().statusCode());
			}
		}
		assertThat(statuses).hasSize(ROUNDS * PARALLEL).allMatch(s -> s == 200);
	}

	private String signIn(String username, String password) throws Exception {
		HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
			.build(), HttpResponse.BodyHandlers.ofString());
		String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
		assertThat(csrf.find()).isTrue();
		String form = "username=" + username + "&password=" + password + "&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<Void> signedIn = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", cookie.substring(0, cookie.indexOf(';')))
			.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		String fresh = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
		return fresh.substring(0, fresh.indexOf(';'));
	}
}
