package vn.ntm.planning.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.ntm.planning.DirectiveRefused;
import vn.ntm.planning.EntryRejected;
import vn.ntm.shared.Message;

/** Words the reasons of a rejected entry in the user's language, each naming its field. */
@Component
class FieldMessages {

	/** A reason as the API reports it. */
	record FieldError(String field, String code, String message) {
	}

	private final MessageSource messages;

	FieldMessages(MessageSource messages) {
		this.messages = messages;
	}

	String text(String key, Object... args) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(key, args, key, locale);
	}

	String text(Message message) {
		return text(message.key(), message.argsArray());
	}

	FieldError word(EntryRejected.Reason reason) {
		String field = text("planning.field." + reason.field());
		return new FieldError(reason.field(), reason.code(), text("planning.error." + reason.code(), field));
	}

	List<FieldError> word(EntryRejected e) {
		return e.reasons().stream().map(this::word).toList();
	}

	/** A problem of a refused directive as the API and the page report it: its row, named, and what is wrong. */
	record RowProblem(String row, String label, String message) {
	}

	List<RowProblem> word(DirectiveRefused e) {
		return e.problems().stream().map(p -> new RowProblem(p.row(), text(p.label()), text(p.message()))).toList();
	}

	/** Messages by field, several for one field joined, for a form. */
	Map<String, String> byField(EntryRejected e) {
		Map<String, String> result = new LinkedHashMap<>();
		for (FieldError f : word(e)) {
			result.merge(f.field(), f.message(), (a, b) -> a + " " + b);
		}
		return result;
	}
}
