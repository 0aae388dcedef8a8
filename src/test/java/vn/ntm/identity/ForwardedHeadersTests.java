package vn.ntm.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * With no trusted proxy configured (the default), forwarded headers from a client are ignored: they cannot move
 * redirects to another host, make a connection look like it came through HTTPS, or give each login attempt a new
 * address to slip under the login limit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "ntm.identity.login-attempts-per-minute=3")
@ActiveProfiles({ "test", "demo" })
class ForwardedHeadersTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aForwardedHostFromAClientDoesNotMoveRedirects() throws Exception {
		HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
			.header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-For", "203.0.113.9").build(), HttpResponse.BodyHandlers.discarding());

		assertThat(r.statusCode()).isEqualTo(302);
		assertThat(r.headers().firstValue("Location").orElseThrow()).doesNotContain("evil.example")
			.doesNotStartWith("https://");
	}

	@Test
	void aForwardedForFromAClientNeitherDodgesTheLoginLimitNorReachesTheAuditLog() throws Exception {
		jdbc.sql("DELETE FROM identity_login_attempt").update();
		HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
			.build(), HttpResponse.BodyHandlers.ofString());
		String cookie = page.headers().firstValue("Set-Cookie").orElseThrow();
		String session = cookie.substring(0, cookie.indexOf(';'));
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
		assertThat(csrf.find()).isTrue();
		String form = "username=nobody&password=wrong&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		int refused = 0;
		for (int i = 1; i <= 5; i++) {
			HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("X-Forwarded-For", "198.51.100." + i).header("Cookie", session)
				.POST(HttpRequest.BodyPublishers.ofString(form)).build(),
					HttpResponse.BodyHandlers.discarding());
			if (r.headers().firstValue("Location").orElse("").endsWith("/login?rate")) {
				refused++;
			}
		}
		assertThat(refused).as("attempts over the limit of 3 from one real address").isEqualTo(2);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM identity_login_attempt WHERE remote_address LIKE '198.51.100.%'")
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM identity_audit_log WHERE remote_address LIKE '198.51.100.%'")
			.query(Long.class).single()).isZero();
	}
}
