package vn.ntm.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;

/**
 * The Vietnamese texts the demo writes into its records (notes, decision numbers, issuers), from the demo resource
 * {@code demo/texts.properties}: demo data in the language of the records, not UI labels.
 */
final class DemoTexts {

	private static final Properties TEXTS = load();

	private DemoTexts() {
	}

	static String get(String key, Object... args) {
		String text = TEXTS.getProperty(key);
		if (text == null) {
			throw new IllegalStateException("demo/texts.properties lacks " + key);
		}
		return args.length == 0 ? text : new MessageFormat(text).format(args);
	}

	private static Properties load() {
		Properties p = new Properties();
		try (InputStream in = DemoTexts.class.getResourceAsStream("/demo/texts.properties")) {
			if (in == null) {
				throw new IllegalStateException("demo/texts.properties is missing");
			}
			p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return p;
	}
}
