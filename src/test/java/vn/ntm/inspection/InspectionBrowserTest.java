package vn.ntm.inspection;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import vn.ntm.support.BrowserSupport;

/**
 * An inspection of Quảng Ngãi walked in Chromium, from plan to visit to finding to task to closure: the office plans
 * the year and a visit to Đăk Mar by Sở Xây dựng and Sở Y tế; Sở Y tế records a finding on criterion 8 that flags a
 * reported value, recommends a task to Sở Xây dựng and cannot close the finding while that task is open; Sở Xây dựng
 * reports the task done; Sở Y tế closes the finding and the leader sees it counted as closed on time.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class InspectionBrowserTest {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
	private static final String TASK = "Lắp đặt hệ thống thu gom nước thải";

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

	@Test
	void fromPlanToVisitToFindingToTaskToClosure() {
		String base = "http://localhost:" + port;
		LocalDate today = LocalDate.now(clock);

		// the office of Quảng Ngãi plans the year and a visit to Đăk Mar
		Page office = browser.login(base, "vpdp-qn", "demo12345");
		office.setDefaultTimeout(60_000);
		office.locator("#nav-inspections").click();
		office.waitForLoadState();
		office.navigate(base + "/inspections?province=51");
		// the year reads as a year, not a number with a thousands separator
		assertThat(office.locator("#inspection-heading")).containsText("năm " + today.getYear());
		Locator planForm = office.locator("#plan-form");
		assertThat(planForm.locator("#p-year")).hasValue(String.valueOf(today.getYear()));
		planForm.locator("#p-title").fill("Kiểm tra giữ chuẩn NTM năm " + today.getYear());
		planForm.locator("#p-number").fill("05/KH-BCĐ");
		planForm.locator("#p-date").fill(today.withDayOfYear(1).format(DAY));
		planForm.locator("#plan-submit").click();
		assertThat(office).hasURL(Pattern.compile(".*/inspections/plans/\\d+$"));
		assertThat(office.locator("#plan-title")).containsText("Kiểm tra giữ chuẩn NTM");

		Locator visitForm = office.locator("#visit-form");
		visitForm.locator("#v-kind").selectOption("PERIODIC");
		visitForm.locator("#v-unit").fill("23512");
		visitForm.locator("#v-date").fill(today.format(DAY));
		visitForm.locator("#v-topics").fill("Tiêu chí 8, tiêu chí 17");
		visitForm.locator("#v-lead").selectOption(new SelectOption().setLabel("Sở Xây dựng"));
		visitForm.locator("#v-team").selectOption(new SelectOption().setLabel("Sở Y tế"));
		visitForm.locator("#visit-submit").click();
		assertThat(office.locator("#problems")).hasCount(0);
		Locator visitRow = office.locator("#visits tbody tr", new Page.LocatorOptions().setHasText("Đăk Mar"));
		assertThat(visitRow).hasCount(1);
		assertThat(visitRow).containsText("Sở Y tế");
		String visitUrl = base + visitRow.locator("a").getAttribute("href");

		// Sở Y tế of Kon Tum answers for Sở Y tế of Quảng Ngãi, in the team: a finding that flags a reported value
		Page health = browser.login(base, "so-yte", "demo12345");
		health.setDefaultTimeout(60_000);
		health.navigate(visitUrl);
		assertThat(health.locator("#visit-title")).containsText("Đăk Mar");
		assertThat(health.locator("body")).not().containsText("Whitelabel");
		Boolean fits = (Boolean) health.evaluate("document.documentElement.scrollWidth <= window.innerWidth");
		assertThat(fits).as("the visit page scrolls sideways at 1366 px").isTrue();
		Locator findingForm = health.locator("#finding-form");
		findingForm.locator("#f-criterion").fill("8");
		findingForm.locator("#f-text").fill("Nước thải sinh hoạt chưa được thu gom");
		findingForm.locator("#f-indicator").fill("8.1");
		findingForm.locator("#f-reported").fill("95");
		findingForm.locator("#f-holds").check();
		findingForm.locator("#finding-submit").click();
		assertThat(health.locator("#problems")).hasCount(0);
		Locator finding = health.locator("div[id^=finding-]");
		assertThat(finding).hasCount(1);
		assertThat(finding).containsText("Tiêu chí 8");
		assertThat(finding).containsText("8.1 = 95 không khớp với thực tế");
		assertThat(finding).containsText("Đang mở");

		Locator recommend = finding.locator(".recommend-form");
		recommend.locator("input[name=text]").fill(TASK);
		recommend.locator("select[name=owner]").selectOption(new SelectOption().setLabel("Sở Xây dựng"));
		recommend.locator("input[name=deadline]").fill(today.plusDays(30).format(DAY));
		recommend.locator("button[type=submit]").click();
		assertThat(health.locator("#problems")).hasCount(0);
		assertThat(finding.locator("a[href*='/tasks/']")).hasCount(1);

		// the task is open: the finding stays open, the task named
		finding.locator(".close-form button[type=submit]").click();
		assertThat(health.locator("#problems")).isVisible();
		assertThat(health.locator("#problems")).containsText(TASK);
		assertThat(finding).containsText("Đang mở");

		// Sở Giao thông vận tải of Kon Tum answers for Sở Xây dựng of Quảng Ngãi: the task is in its list
		Page construction = browser.login(base, "so-gtvt", "demo12345");
		construction.setDefaultTimeout(60_000);
		construction.locator("#nav-tasks").click();
		construction.waitForLoadState();
		assertThat(construction).hasURL(Pattern.compile(".*/tasks.*"));
		assertThat(construction.locator("body")).containsText("nhiệm vụ năm " + today.getYear());
		construction.locator("#tasks a", new Page.LocatorOptions().setHasText(TASK)).click();
		assertThat(construction).hasURL(Pattern.compile(".*/tasks/\\d+$"));
		assertThat(construction.locator("#task-title")).containsText(TASK);
		assertThat(construction.locator("#task-owner")).containsText("Sở Xây dựng");
		Locator update = construction.locator("#update-form");
		update.locator("#u-status").selectOption("DONE");
		update.locator("#u-evidence").fill("Biên bản nghiệm thu 14/BB");
		update.locator("#update-submit").click();
		assertThat(construction.locator("#task-saved")).isVisible();
		assertThat(construction.locator("body")).containsText("Biên bản nghiệm thu 14/BB");

		// now Sở Y tế closes the finding
		health.navigate(visitUrl);
		health.locator("div[id^=finding-] .close-form button[type=submit]").click();
		assertThat(health.locator("#problems")).hasCount(0);
		assertThat(finding).containsText("Đã đóng ngày " + today.format(DAY));
		assertThat(finding.locator(".close-form")).hasCount(0);

		// the leader sees it counted as closed on time
		Page leader = browser.login(base, "lanhdao-qn", "demo12345");
		leader.setDefaultTimeout(60_000);
		leader.navigate(base + "/inspections?province=51");
		assertThat(leader.locator("#inspection-standing")).containsText("0 kết luận đang mở; 1 đã đóng, trong đó 1 đóng đúng hạn");
		assertThat(leader.locator("#plan-form")).hasCount(0);
	}
}
