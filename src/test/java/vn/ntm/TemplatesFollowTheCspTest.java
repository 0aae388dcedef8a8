package vn.ntm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The app's Content-Security-Policy allows scripts from its own files only ({@code script-src 'self'}): an inline
 * script or handler in a template is silently blocked in the browser (the Excel page's upload bar never moved).
 */
class TemplatesFollowTheCspTest {

	private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bth:src=|[^>]*\\bsrc=)[^>]*>");
	private static final Pattern HANDLER = Pattern.compile("\\son[a-z]+\\s*=\\s*\"", Pattern.CASE_INSENSITIVE);

	@Test
	void noTemplateHasAnInlineScriptOrEventHandler() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
				String html = Files.readString(f, StandardCharsets.UTF_8);
				for (Pattern p : List.of(INLINE_SCRIPT, HANDLER)) {
					Matcher m = p.matcher(html);
					while (m.find()) {
						found.add(f + ": " + m.group().strip());
					}
				}
			}
		}
		assertThat(found).as("move them to a file under static/js").isEmpty();
	}
}
