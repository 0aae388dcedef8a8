package vn.ntm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every user-facing string lives in the message bundles, in Vietnamese and English (in the spirit of
 * spring-petclinic's I18nPropertiesSyncTest): every key in every locale, no literal text in templates, and no
 * Vietnamese text in Java code (reference data lives in resource files, rule comments may quote the law).
 */
class I18nPropertiesSyncTest {

	private static final Path BUNDLES = Path.of("src/main/resources/i18n");
	private static final Path TEMPLATES = Path.of("src/main/resources/templates");
	private static final Path JAVA = Path.of("src/main/java");

	/** Letters only Vietnamese uses (ASCII-folded text such as "Kon Tum" is not caught, nor meant to be). */
	static final Pattern VIETNAMESE = Pattern.compile(
			"[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ"
					+ "ÀÁẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬĐÈÉẺẼẸÊẾỀỂỄỆÌÍỈĨỊÒÓỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÙÚỦŨỤƯỨỪỬỮỰỲÝỶỸỴ]");

	/** Source files still holding Vietnamese literals, to move to the bundles (empty is the aim). */
	static final Set<String> JAVA_TO_TRANSLATE = Set.of();

	/** Source files whose Vietnamese letters are data about the language itself, not text for users. */
	static final Map<String, String> LANGUAGE_DATA = Map.of(
			"vn/ntm/shared/VietnameseText.java",
			"the folding table of Vietnamese letters (Đ → D, tones removed) used by name search",
			"vn/ntm/planning/internal/Amounts.java",
			"the currency words people type after an amount (đ, đồng)",
			"vn/ntm/planning/internal/NameMatching.java",
			"the list prefixes (các xã) and OCR damages of Đăk that the name matcher strips or repairs",
			"vn/ntm/planning/internal/DirectiveText.java",
			"the OCR damage table of directive text (a 6 inside a word read for ơ)",
			"vn/ntm/reporting/internal/ProvinceNames.java",
			"the unit types of Vietnamese province names (Tỉnh, Thành phố) that the date line of a report leaves out");

	/**
	 * A message without arguments is shown as written (no MessageFormat pass), so a doubled apostrophe would show
	 * doubled: "People''s Committee". Only messages with {0}… need it.
	 */
	@Test
	void aMessageWithoutArgumentsHasNoDoubledApostrophe() throws IOException {
		List<String> doubled = new ArrayList<>();
		for (String base : baseNames()) {
			for (String locale : List.of("_vi", "_en")) {
				Properties p = load(base + locale);
				for (String key : p.stringPropertyNames()) {
					String text = p.getProperty(key);
					if (!text.matches("(?s).*\\{\\d.*") && text.contains("''")) {
						doubled.add(base + locale + ": " + key);
					}
				}
			}
		}
		assertThat(doubled).isEmpty();
	}

	@Test
	void everyKeyIsInEveryLocaleAndTheDefaultBundleIsVietnamese() throws IOException {
		List<String> problems = new ArrayList<>();
		for (String base : baseNames()) {
			Properties vi = load(base + "_vi");
			Properties en = load(base + "_en");
			Properties fallback = load(base);
			Set<Object> onlyVi = new TreeSet<>(vi.keySet());
			onlyVi.removeAll(en.keySet());
			Set<Object> onlyEn = new TreeSet<>(en.keySet());
			onlyEn.removeAll(vi.keySet());
			if (!onlyVi.isEmpty()) {
				problems.add(base + "_en lacks " + onlyVi);
			}
			if (!onlyEn.isEmpty()) {
				problems.add(base + "_vi lacks " + onlyEn);
			}
			if (!fallback.equals(vi)) {
				problems.add(base + ".properties differs from " + base + "_vi.properties");
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void templatesHaveNoLiteralText() throws IOException {
		Pattern textNode = Pattern.compile("<([a-zA-Z][\\w-]*)([^<>]*)>([^<>]*)<");
		List<String> literals = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
				String html = Files.readString(f, StandardCharsets.UTF_8)
					.replaceAll("(?s)<!--.*?-->", "")
					.replaceAll("(?s)<script\\b[^>]*>.*?</script>", "<script></script>")
					.replaceAll("(?s)<style\\b[^>]*>.*?</style>", "<style></style>")
					.replaceAll("(?s)\\[\\[.*?]]", "")
					.replaceAll("(?s)\\[\\(.*?\\)]", "");
				Matcher m = textNode.matcher(html);
				while (m.find()) {
					String attributes = m.group(2);
					String text = m.group(3).strip();
					if (attributes.contains("th:text") || attributes.contains("th:utext")
							|| attributes.contains("th:replace") || attributes.contains("th:insert")) {
						continue;
					}
					if (text.codePoints().anyMatch(Character::isLetter) && !text.startsWith("&")) {
						literals.add(TEMPLATES.relativize(f) + ": " + text);
					}
				}
			}
		}
		assertThat(literals).as("literal text in templates: use #{key}").isEmpty();
	}

	@Test
	void javaCodeHoldsNoVietnameseText() throws IOException {
		Pattern literal = Pattern.compile("\"\"\"(?s:.*?)\"\"\"|\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\\\\\n]|\\\\.)'");
		Map<String, List<String>> found = new TreeMap<>();
		try (Stream<Path> files = Files.walk(JAVA)) {
			for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
				String name = JAVA.relativize(f).toString().replace('\\', '/');
				if (JAVA_TO_TRANSLATE.contains(name) || LANGUAGE_DATA.containsKey(name)) {
					continue;
				}
				String code = withoutComments(Files.readString(f, StandardCharsets.UTF_8));
				Matcher m = literal.matcher(code);
				while (m.find()) {
					if (VIETNAMESE.matcher(m.group()).find()) {
						found.computeIfAbsent(name, k -> new ArrayList<>()).add(m.group());
					}
				}
			}
		}
		assertThat(found).as("Vietnamese literals in Java: move them to messages_*.properties").isEmpty();
	}

	@Test
	void theListOfFilesToTranslateNamesOnlyFilesThatStillNeedIt() throws IOException {
		for (String name : JAVA_TO_TRANSLATE) {
			Path f = JAVA.resolve(name);
			assertThat(f).as(name).exists();
			assertThat(VIETNAMESE.matcher(withoutComments(Files.readString(f))).find()).as(name).isTrue();
		}
	}

	/** Comments out, string literals kept: a "//" inside a literal (a URL) is not a comment. */
	static String withoutComments(String code) {
		StringBuilder out = new StringBuilder(code.length());
		int i = 0;
		while (i < code.length()) {
			char c = code.charAt(i);
			if (code.startsWith("\"\"\"", i)) {
				int end = code.indexOf("\"\"\"", i + 3);
				end = end < 0 ? code.length() : end + 3;
				out.append(code, i, end);
				i = end;
			}
			else if (c == '"' || c == '\'') {
				int j = i + 1;
				while (j < code.length() && code.charAt(j) != c && code.charAt(j) != '\n') {
					j += code.charAt(j) == '\\' ? 2 : 1;
				}
				j = Math.min(j + 1, code.length());
				out.append(code, i, j);
				i = j;
			}
			else if (code.startsWith("//", i)) {
				int end = code.indexOf('\n', i);
				i = end < 0 ? code.length() : end;
			}
			else if (code.startsWith("/*", i)) {
				int end = code.indexOf("*/", i + 2);
				i = end < 0 ? code.length() : end + 2;
			}
			else {
				out.append(c);
				i++;
			}
		}
		return out.toString();
	}

	private static Set<String> baseNames() throws IOException {
		try (Stream<Path> files = Files.list(BUNDLES)) {
			Set<String> names = new TreeSet<>();
			files.map(f -> f.getFileName().toString())
				.filter(n -> n.endsWith(".properties"))
				.map(n -> n.replaceAll("(_vi|_en)?\\.properties$", ""))
				.forEach(names::add);
			return names;
		}
	}

	private static Properties load(String name) throws IOException {
		Properties p = new Properties();
		Path f = BUNDLES.resolve(name + ".properties");
		assertThat(f).as("bundle " + name).exists();
		try (Reader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
			p.load(in);
		}
		return p;
	}
}
