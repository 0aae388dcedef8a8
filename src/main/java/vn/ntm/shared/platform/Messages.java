package vn.ntm.shared.platform;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.ntm.shared.Message;

/**
 * Translates message keys for the current user: the request's language (Vietnamese by default, English with
 * {@code ?lang=en}); outside a request (scheduled reminders, start-up) Vietnamese.
 */
@Component
public class Messages {

	public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final MessageSource source;

	Messages(MessageSource source) {
		this.source = source;
	}

	public String get(String key, Object... args) {
		return source.getMessage(key, args, locale());
	}

	public String get(Message message) {
		return source.getMessage(message.key(), message.argsArray(), locale());
	}

	/** The same key in Vietnamese whatever the user's language: for documents with a legal layout. */
	public String vietnamese(String key, Object... args) {
		return source.getMessage(key, args, VIETNAMESE);
	}

	public static Locale locale() {
		return LocaleContextHolder.getLocaleContext() == null ? VIETNAMESE : LocaleContextHolder.getLocale();
	}
}
