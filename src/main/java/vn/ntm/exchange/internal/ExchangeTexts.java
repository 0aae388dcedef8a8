package vn.ntm.exchange.internal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The exchange's texts in the user's language: error messages ({@code exchange.error.*}) and template labels. */
@Component
public class ExchangeTexts {

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
}
