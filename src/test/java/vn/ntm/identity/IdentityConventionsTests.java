package vn.ntm.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class IdentityConventionsTests {

	@ParameterizedTest
	@ValueSource(strings = { "messages", "identity", "organization" })
	void everyLabelExistsInVietnameseAndEnglish(String bundle) throws IOException {
		Properties base = load(bundle + ".properties");
		Properties vi = load(bundle + "_vi.properties");
		Properties en = load(bundle + "_en.properties");

		assertThat(vi.keySet()).isEqualTo(base.keySet());
		assertThat(en.keySet()).isEqualTo(base.keySet());
	}

	@Test
	void theApplicationHasNoStatementThatChangesOrDeletesAuditEntries() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
			assertThat(files.filter(Files::isRegularFile).filter(p -> !p.toString().contains("db/migration"))
					.map(IdentityConventionsTests::read).filter(text -> text.matches(
							"(?is).*(update\\s+identity_audit_log|delete\\s+from\\s+identity_audit_log).*")))
					.isEmpty();
		}
	}

	private static String read(Path p) {
		try {
			return Files.readString(p);
		}
		catch (IOException e) {
			return "";
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = IdentityConventionsTests.class.getResourceAsStream("/i18n/" + name)) {
			properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		return properties;
	}
}
