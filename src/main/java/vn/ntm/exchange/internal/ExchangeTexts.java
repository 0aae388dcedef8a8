package vn.ntm.exchange.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The exchange's texts in the user's language: error messages ({@code exchange.error.*}) and template labels. */
@Component
public class ExchangeTexts {

	/** The languages a template is produced in, Vietnamese (the default) first. */
	static final List<Locale> TEMPLATE_LANGUAGES = List.of(Locale.of("vi"), Locale.of("en"));

	private final MessageSource messageSource;

	ExchangeTexts(MessageSource messageSource) {
		this.messageSource = messageSource;
	}

	public Messages errors() {
		return (code, args) -> messageSource.getMessage("exchange.error." + code, args, code,
				LocaleContextHolder.getLocale());
	}

	/** A text of {@code exchange.template.<key>}, or the key itself when the bundles lack it. */
	String label(String key) {
		return messageSource.getMessage("exchange.template." + key, null, key, LocaleContextHolder.getLocale());
	}

	/** The data sheet's name in every language a template is produced in, the user's first. */
	List<String> dataSheetNames() {
		Set<String> names = new LinkedHashSet<>();
		names.add(label("sheet.data"));
		for (Locale language : TEMPLATE_LANGUAGES) {
			names.add(messageSource.getMessage("exchange.template.sheet.data", null, language));
		}
		return List.copyOf(names);
	}
}
