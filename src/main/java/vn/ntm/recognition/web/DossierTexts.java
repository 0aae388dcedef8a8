package vn.ntm.recognition.web;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import vn.ntm.shared.Message;
import vn.ntm.shared.VietnameseFormat;
import vn.ntm.shared.platform.Messages;

/** A dossier's message in the user's language: arguments that are keys (a tier, a step) are translated too. */
@Component
class DossierTexts {

	private final Messages messages;

	DossierTexts(Messages messages) {
		this.messages = messages;
	}

	String text(Message m) {
		Object[] args = m.argsArray();
		for (int i = 0; i < args.length; i++) {
			if (args[i] instanceof String s && s.startsWith("recognition.")) {
				args[i] = messages.get(s);
			}
			else if (args[i] instanceof LocalDate d) {
				args[i] = VietnameseFormat.date(d);
			}
			else if (args[i] instanceof Number n) {
				args[i] = String.valueOf(n);
			}
		}
		return messages.get(m.key(), args);
	}

	String get(String key, Object... args) {
		return messages.get(key, args);
	}
}
