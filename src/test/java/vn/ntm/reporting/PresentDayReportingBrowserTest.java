package vn.ntm.reporting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.ntm.support.BrowserSupport;

/**
 * December 2026 in Chromium: a department officer of Kon Tum (merged into Quảng Ngãi's Sở Xây dựng), a commune
 * officer of a merged commune and Quảng Ngãi's coordination office click "Báo cáo" in the menu and land on their
 * own report or the province's compliance for the month just ended, with no error answer on the way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
class PresentDayReportingBrowserTest {

	static BrowserSupport browser;

	@LocalServerPort
	int port;

	@Autowired
	Clock clock;

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

	@ParameterizedTest
	@CsvSource({ "so-gtvt, reporter=so-xd, Sở Xây dựng", "xa-dakmar, reporter=23512, Xã Đăk Mar",
			"vpdp-qn, /reporting/compliance\\?unit=51, Tỉnh Quảng Ngãi" })
	void theMenusReportingEntryOpensTheUsersOwnWorkOfTheMonth(String username, String expectedUrl, String heading) {
		String base = "http://localhost:" + port;
		Page page = browser.login(base, username, "demo12345");
		page.setDefaultTimeout(60_000);
		List<String> errors = new ArrayList<>();
		page.onResponse(r -> {
			if (r.status() >= 400) {
				errors.add(r.status() + " " + r.url());
			}
		});
		page.locator("#nav-reporting").click();
		page.waitForLoadState();
		String month = YearMonth.now(clock).minusMonths(1).toString();
		assertThat(page).hasURL(Pattern.compile(".*" + expectedUrl + ".*month=" + month + ".*"));
		assertThat(page.locator("h1")).containsText(heading);
		org.assertj.core.api.Assertions.assertThat(errors).isEmpty();
	}
}
