package vn.ntm.geography.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A fresh install for one province, as its system admin sees it: its own units on every page, and nothing of Kon Tum
 * (neither its name, nor its districts' and communes' names, nor their codes), which the product's first installs held.
 * The first-run page is not among the pages checked: it lists the whole country's provinces with the old ones that
 * formed them, Kon Tum among those of Quảng Ngãi.
 */
abstract class FreshInstallContract {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	RequestPostProcessor admin() {
		return user(accounts.loadUserByUsername("admin"));
	}

	/** Kon Tum before the reform: names of the province, its districts and communes; and their codes. */
	static final List<String> KON_TUM_NAMES = new ArrayList<>();
	static final List<String> KON_TUM_CODES = new ArrayList<>();

	static {
		try (InputStream in = new ClassPathResource("reference/admin/kontum-2024.csv").getInputStream()) {
			String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
			for (int i = 1; i < lines.length; i++) {
				String[] f = lines[i].strip().split(",");
				KON_TUM_CODES.add(f[0]);
				// "Huyện Đắk Hà" → "Đắk Hà": a name without its type, as pages may print it
				KON_TUM_NAMES.add(f[1].substring(f[2].length()).strip());
			}
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		KON_TUM_NAMES.add("Kon Tum");
		KON_TUM_NAMES.add("so-gtvt");
	}

	/** GET as the install's admin, following the redirects of the start page; fails on a 5xx or a 4xx. */
	String page(String url) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(url).with(admin())).andReturn().getResponse();
		int hops = 0;
		while (response.getStatus() == 302 && hops++ < 5) {
			response = mvc.perform(get(response.getRedirectedUrl()).with(admin())).andReturn().getResponse();
		}
		assertThat(response.getStatus()).as(url).isLessThan(400);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	/** Names of Kon Tum's units are words of a page; its codes count where a page writes a code. */
	static void assertNothingOfKonTum(String url, String body, List<String> namesOfThisProvince) {
		for (String name : KON_TUM_NAMES) {
			if (namesOfThisProvince.stream().noneMatch(own -> own.contains(name))) {
				assertThat(body).as(url + " mentions " + name).doesNotContain(name);
			}
		}
		for (String code : KON_TUM_CODES) {
			// a page may print a count like 62: a short code counts only where it names a unit
			String shown = code.length() == 5 ? "|>" + code + "<" : "";
			Matcher m = Pattern.compile("(\"code\":\"" + code + "\"|(unit|province)=" + code + "(?![0-9])|value=\""
					+ code + "\"|/units/" + code + "(?![0-9])" + shown + ")").matcher(body);
			if (m.find()) {
				throw new AssertionError(url + " shows the Kon Tum unit code " + code + ": …"
						+ body.substring(Math.max(0, m.start() - 200), Math.min(body.length(), m.end() + 100)) + "…");
			}
		}
	}
}
