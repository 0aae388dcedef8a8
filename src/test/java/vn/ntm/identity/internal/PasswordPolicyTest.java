package vn.ntm.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import vn.ntm.shared.Message;

class PasswordPolicyTest {

	@ParameterizedTest
	@ValueSource(strings = { "aaaaaaaaaa", "1234567890", "password123", "qwertyuiop", "0987654321", "iloveyou12",
			"abcdefghij", "11111111111" })
	void commonRepeatedAndSequentialPasswordsAreRefused(String password) {
		assertThat(PasswordPolicy.check("nguyenvana", password)).map(Message::key)
			.contains("identity.password.error.common");
	}

	@ParameterizedTest
	@ValueSource(strings = { "vpdp-kontum-2023", "VPDP2023!x", "pdpv-abc-xyz" })
	void aPasswordMadeOfTheUsernameIsRefused(String password) {
		assertThat(PasswordPolicy.check("vpdp", password)).map(Message::key)
			.contains("identity.password.error.username");
	}

	@Test
	void aShortPasswordIsRefusedWithTheMinimumLength() {
		assertThat(PasswordPolicy.check("vpdp", "Xq7#kd")).contains(Message.of("identity.password.error.short", 10));
	}

	@ParameterizedTest
	@ValueSource(strings = { "ruong-bac-thang-9", "Mua lua chin vang 2026", "xq7-Pa9m-Tz4w" })
	void aLongUnpredictablePassphraseIsAccepted(String password) {
		assertThat(PasswordPolicy.check("nguyenvana", password)).isEmpty();
	}
}
