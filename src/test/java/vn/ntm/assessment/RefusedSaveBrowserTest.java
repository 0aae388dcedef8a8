package vn.ntm.assessment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout;

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
 * A refused htmx save says why on the page: Kon Tum's transport officer forces a health indicator's field open on
 * Đăk Mar's value form and saves; the server refuses (403) and the page shows its reason, naming the indicator.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RefusedSaveBrowserTest {

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
	void aRefusedSaveShowsTheServersReason() {
		String base = "http://localhost:" + port;
		Page page = browser.login(base, "so-gtvt", "demo12345");
		page.navigate(base + "/units/23512/values/2024-06");
		assertThat(page.locator("[id='v-15.1']")).isDisabled();
		page.evaluate("document.getElementById('v-15.1').disabled = false");
		page.locator("[id='v-15.1']").fill("90");
		page.locator("#save-values").click();
		assertThat(page.locator("#htmx-error")).isVisible();
		assertThat(page.locator("#htmx-error")).containsText("15.1");
	}
}
