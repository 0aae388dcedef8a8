package vn.ntm.identity.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;

import vn.ntm.shared.Message;

/**
 * What a new password must be (OWASP ASVS 4.0, V2.1): at least {@value #MIN_LENGTH} characters, not one of the
 * common or breached passwords nor guessable from them (zxcvbn's lists and patterns: repeats, sequences, keyboard
 * walks, dates), and not made of the username. Each rule answers with the reason, for the user.
 */
public final class PasswordPolicy {

	static final int MIN_LENGTH = 10;
	/** zxcvbn's score 2: more than 10^8 guesses, out of reach of an online attack throttled as the login is. */
	static final int MIN_SCORE = 2;

	private static final Zxcvbn STRENGTH = new Zxcvbn();

	private PasswordPolicy() {
	}

	/** Empty when the password is acceptable for {@code username}; otherwise the reason. */
	public static Optional<Message> check(String username, String password) {
		if (password == null || password.length() < MIN_LENGTH) {
			return Optional.of(Message.of("identity.password.error.short", MIN_LENGTH));
		}
		String lower = password.toLowerCase(Locale.ROOT);
		String name = username == null ? "" : username.toLowerCase(Locale.ROOT).strip();
		if (name.length() >= 3 && (lower.contains(name) || lower.contains(new StringBuilder(name).reverse()))) {
			return Optional.of(Message.of("identity.password.error.username"));
		}
		Strength strength = STRENGTH.measure(password, name.isEmpty() ? List.of() : List.of(name));
		if (strength.getScore() < MIN_SCORE) {
			return Optional.of(Message.of("identity.password.error.common"));
		}
		return Optional.empty();
	}
}
