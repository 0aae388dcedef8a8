package vn.ntm.reporting.document;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The reporting bundle read without the application's message source, with its rules: a message without arguments
 * as written, one with arguments through {@link MessageFormat}.
 */
final class BundleText implements DocumentText {

	static final BundleText VIETNAMESE = new BundleText(VietnameseFormat.VI);

	private final Locale locale;
	private final ResourceBundle bundle;

	private BundleText(Locale locale) {
		this.locale = locale;
		this.bundle = ResourceBundle.getBundle("i18n.reporting", locale,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	@Override
	public String get(String key, Object... args) {
		String message = bundle.getString(key);
		return args.length == 0 ? message : new MessageFormat(message, locale).format(args);
	}
}
