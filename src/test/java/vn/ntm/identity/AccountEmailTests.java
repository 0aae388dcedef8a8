package vn.ntm.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AccountEmailTests extends IdentityTestSupport {

	@Autowired
	Directory directory;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService accounts;

	@Test
	void aUserSetsTheAddressTheirRemindersGoToAndABadAddressChangesNothing() throws Exception {
		String officer = userWith(new Grant(Role.DISTRICT_OFFICER, "615"));
		var signedIn = user(accounts.loadUserByUsername(officer));
		mvc.perform(post("/account/email").with(signedIn).with(csrf()).param("email", " huyen@kontum.gov.vn "))
			.andExpect(status().isOk());
		assertThat(directory.email(officer)).contains("huyen@kontum.gov.vn");

		mvc.perform(post("/account/email").with(signedIn).with(csrf()).param("email", "không-phải-email"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("không hợp lệ")));
		assertThat(directory.email(officer)).contains("huyen@kontum.gov.vn");

		mvc.perform(post("/account/email").with(signedIn).param("email", "x@y.vn"))
			.andExpect(status().isForbidden());
		assertThat(directory.email(officer)).contains("huyen@kontum.gov.vn");
	}
}
