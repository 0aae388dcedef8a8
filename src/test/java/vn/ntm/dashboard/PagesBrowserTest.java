package vn.ntm.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import vn.ntm.support.BrowserSupport;

/**
 * What the coordination office clicks through on the demo province: the overview's figures, drilling down to a
 * district and a commune, a value that flips a criterion and shows in the matrix and the overview, and a bad value
 * refused with nothing changed. Saves the screenshots of docs/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "demo" })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PagesBrowserTest {

	static final Path SCREENSHOTS = Path.of("docs", "screenshots");

	static BrowserSupport browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() throws Exception {
		browser = BrowserSupport.start();
		setDefaultAssertionTimeout(30_000);
		Files.createDirectories(SCREENSHOTS);
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	String base() {
		return "http://localhost:" + port;
	}

	static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
	}

	@Test
	void anOfficerReadsTheFiguresDrillsDownAndSeesAChangedValueEverywhere() {
		Page page = browser.newPage();
		// generous: the first pages compile their templates on a busy shared machine
		page.setDefaultTimeout(60_000);
		page.setDefaultNavigationTimeout(60_000);
		page.navigate(base() + "/login");
		page.locator("input[name=username]").fill("vpdp");
		page.locator("input[name=password]").fill("demo12345");
		page.locator("form button[type=submit]").first().click();
		assertThat(page).hasURL(Pattern.compile(".*/overview\\?unit=62.*"));
		page.navigate(base() + "/overview?unit=62&period=2022");
		assertThat(page.locator("#fig-all-met")).hasText("42/85");
		assertThat(page.locator("#fig-average")).hasText("16,00");
		assertThat(page.locator("#fig-tier-ADVANCED strong")).hasText("3");
		assertThat(page.getByText("DỮ LIỆU DEMO")).isVisible();
		page.waitForFunction("() => document.querySelector('#trend-chart canvas') !== null");
		screenshot(page, "overview");

		// drill down: the district, its matrix, a commune
		page.locator("#districts").getByRole(com.microsoft.playwright.options.AriaRole.LINK,
				new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Huyện Đắk Hà")).click();
		assertThat(page).hasURL(Pattern.compile(".*unit=615.*"));
		assertThat(page.locator("h1")).containsText("Huyện Đắk Hà");
		page.getByText("Ma trận xã × tiêu chí").first().click();
		assertThat(page.locator("#matrix")).isVisible();
		page.locator("#matrix").getByText("Xã Đắk Mar").click();
		assertThat(page.locator("h1")).hasText("Xã Đắk Mar");
		assertThat(page.locator("#unit-met")).hasText("19/19");
		assertThat(page.getByText("Ngưỡng minh họa (demo)").first()).isVisible();
		screenshot(page, "commune");

		// change a value that flips criterion 1 (planning) for 2022
		page.locator("#enter-values").click();
		assertThat(page.locator("h1")).containsText("Nhập số liệu");
		page.locator("[id='v-1.1']").selectOption("Không đạt");
		screenshot(page, "value-entry");
		page.locator("#save-values").click();
		assertThat(page.locator("#saved")).isVisible();

		page.navigate(base() + "/units/23512?period=2022");
		assertThat(page.locator("#unit-met")).hasText("18/19");
		page.navigate(base() + "/matrix?unit=62&period=2022&met=all");
		assertThat(page.locator("#matrix-count")).hasText("41 xã");
		assertThat(page.locator("#matrix tr[data-unit='23512']")).hasCount(0);
		page.navigate(base() + "/matrix?unit=62&period=2022&district=615&sort=met&dir=asc");
		assertThat(page.locator("#matrix tr[data-unit='23512'] .ntm-met")).hasText("18/19");
		assertThat(page.locator("#matrix tr[data-unit='23512'] td.ntm-c").first()).containsText("✗");
		screenshot(page, "matrix");
		page.navigate(base() + "/overview?unit=62&period=2022");
		assertThat(page.locator("#fig-all-met")).hasText("41/85");
		assertThat(page.locator("#fig-average")).hasText("15,99");

		// a bad value: the Vietnamese reason next to the field, nothing saved
		page.navigate(base() + "/units/23512/values/2022");
		page.locator("[id='v-1.1']").selectOption("Đạt");
		page.locator("[id='v-2.1']").fill("nhiều");
		page.locator("#save-values").click();
		assertThat(page.locator("#rejected")).isVisible();
		assertThat(page.locator("[id='e-2.1']")).containsText("không phải là số");
		assertThat(page.locator("[id='v-2.1']")).hasValue("nhiều");
		screenshot(page, "value-entry-rejected");
		page.navigate(base() + "/overview?unit=62&period=2022");
		assertThat(page.locator("#fig-all-met")).hasText("41/85");

		// the criteria set with its demo thresholds
		page.navigate(base() + "/criteria-sets");
		assertThat(page.locator("#sets")).isVisible();
		page.navigate(base() + "/criteria-sets/xa-ntm-2021-2025");
		page.locator("#versions a").last().click();
		assertThat(page.getByText("Ngưỡng minh họa (demo)").first()).isVisible();
		screenshot(page, "criteria-set");
	}
}
