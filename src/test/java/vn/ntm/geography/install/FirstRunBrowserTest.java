package vn.ntm.geography.install;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import vn.ntm.support.BrowserSupport;

/**
 * The system admin of a fresh install, in Chromium: signs in, lands on the first-run page, chooses Hà Tĩnh and opens
 * its overview, which shows Hà Tĩnh's communes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ntm.province=", "ntm.organization.reference-provinces=" })
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class FirstRunBrowserTest {

	static BrowserSupport browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() {
		browser = BrowserSupport.start();
		setDefaultAssertionTimeout(30_000);
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void theAdminChoosesTheProvinceAndOpensItsOverview() {
		String base = "http://localhost:" + port;
		Page page = browser.login(base, "admin", "test-admin-password");
		page.setDefaultTimeout(60_000);
		page.navigate(base + "/");
		assertThat(page).hasURL(Pattern.compile(".*/setup$"));
		assertThat(page.locator("#setup-none")).isVisible();
		assertThat(page.locator("#provinces tbody tr")).hasCount(34);
		assertThat(page.locator("#province-51")).containsText("Tỉnh Kon Tum");

		page.locator("#choose-42").check();
		page.locator("#setup-submit").click();
		assertThat(page.locator("#setup-done")).isVisible();
		assertThat(page.locator("#choose-42")).isDisabled();
		page.locator("#setup-served a").first().click();
		assertThat(page).hasURL(Pattern.compile(".*/overview\\?unit=42.*"));
		assertThat(page.locator("h1")).containsText("Hà Tĩnh");
		assertThat(page.locator("#fig-in-scope")).hasText("60");
	}
}
