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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The session cookie as the embedded server writes it (MockMvc does not configure Spring Session's cookie): always
 * HttpOnly and SameSite=Lax, and Secure when the request came through a trusted HTTPS proxy (here: the loopback).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "ntm.trusted-proxies=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1")
@ActiveProfiles({ "test", "demo" })
class SessionCookieTests {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void behindAnHttpsProxyTheSessionCookieIsSecureHttpOnlyAndSameSite() throws Exception {
		HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
			.build(), HttpResponse.BodyHandlers.ofString());
		String plain = login.headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(plain).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");

		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
		assertThat(csrf.find()).isTrue();
		String session = plain.substring(0, plain.indexOf(';'));
		String form = "username=vpdp&password=demo12345&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<Void> signedIn = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", session)
			.header("X-Forwarded-Proto", "https").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
				HttpResponse.BodyHandlers.discarding());

		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).startsWith("https://");
		assertThat(signedIn.headers().firstValue("Set-Cookie").orElseThrow()).startsWith("SESSION=")
			.contains("Secure", "HttpOnly", "SameSite=Lax");
	}
}
