package vn.ntm.shared.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** No API body can fill the heap: declared too large → 413, of unknown length → 411, nothing stored (issue #14). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
class RequestBodyLimitTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpRequest.Builder put(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString("vpdp:demo12345".getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json");
	}

	@Test
	void aBodyDeclaredOverTheLimitIsRefusedWith413BeforeItIsRead() throws Exception {
		long before = values();
		String auth = Base64.getEncoder().encodeToString("vpdp:demo12345".getBytes(StandardCharsets.UTF_8));
		String response;
		// only the headers are sent: the refusal must come without the server waiting for (or reading) the body
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(("PUT /api/v1/units/23512/values/2023-05 HTTP/1.1\r\nHost: localhost\r\n"
					+ "Authorization: Basic " + auth + "\r\nContent-Type: application/json\r\n"
					+ "Content-Length: " + (17L * 1024 * 1024) + "\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			response = readResponse(socket);
		}

		assertThat(response).startsWith("HTTP/1.1 413").contains("application/problem+json").contains("16 MB");
		assertThat(values()).isEqualTo(before);
	}

	@Test
	void aBodyOfUnknownLengthIsRefusedWith411InTheUsersLanguage() throws Exception {
		byte[] json = "{\"values\":[{\"indicator\":\"17.1\",\"value\":\"92,5\"}]}".getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> r = http.send(put("/api/v1/units/23512/values/2023-05?lang=en")
			.PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(json))).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(r.statusCode()).isEqualTo(411);
		assertThat(r.body()).contains("Content-Length");
	}

	@Test
	void aBodyWithinTheLimitIsServed() throws Exception {
		HttpResponse<String> r = http.send(put("/api/v1/units/23512/values/2023-05")
			.PUT(HttpRequest.BodyPublishers.ofString("{\"values\":[{\"indicator\":\"17.1\",\"value\":\"92,5\"}]}"))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(r.statusCode()).as(r.body()).isLessThan(400);
	}

	/** What the server answered, read up to the end of the problem JSON (the server may still drain the socket). */
	private static String readResponse(Socket socket) throws java.io.IOException {
		StringBuilder text = new StringBuilder();
		byte[] buffer = new byte[8192];
		try {
			int n;
			while (!text.toString().contains("limitBytes") || !text.toString().endsWith("}")) {
				n = socket.getInputStream().read(buffer);
				if (n < 0) {
					break;
				}
				text.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
			}
		}
		catch (java.net.SocketTimeoutException e) {
			// nothing more came: assert on what did
		}
		return text.toString();
	}

	private long values() {
		return jdbc.sql("SELECT COUNT(*) FROM assessment_value").query(Long.class).single();
	}
}
