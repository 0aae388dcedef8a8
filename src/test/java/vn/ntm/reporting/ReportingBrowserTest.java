package vn.ntm.reporting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import vn.ntm.support.BrowserSupport;

/** A department reports March 2023 on time; the coordination office sees it, a missing district, and issues. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
@Import(TestClock.Config.class)
class ReportingBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Test
	void aDepartmentSubmitsTheMarchReportAndTheOfficeSeesItOnTimeAndIssuesTheConsolidatedReport() {
		String base = "http://localhost:" + port;
		try (BrowserSupport browser = BrowserSupport.start()) {
			clock.setLocal("2023-04-10T09:00");
			Page officer = browser.login(base, "so-gtvt", "demo12345");
			officer.locator("#nav-reporting").click(); // the month whose report is due now: March
			officer.waitForURL("**/reporting/submissions?unit=62&reporter=so-gtvt&month=2023-03");
			assertThat(officer.locator("h1")).containsText("Sở Giao thông vận tải");
			assertThat(officer.locator("#due")).containsText("14/04/2023");
			officer.locator("#results").fill("Trong tháng 3/2023 đã cứng hóa thêm 12 km đường giao thông nông thôn.");
			officer.locator("#difficulties").fill("Vốn đối ứng của các xã còn hạn chế.");
			officer.locator("#proposals").fill("Đề nghị bố trí vốn năm 2023 cho các xã mục tiêu.");
			officer.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/reporting-form.png")));
			officer.locator("#submit-report").click();
			assertThat(officer.locator("#submitted-alert")).isVisible();
			assertThat(officer.locator("#submission-state")).containsText("10/04/2023 09:00");
			officer.context().close();

			clock.setLocal("2023-04-18T09:00");
			Page office = browser.login(base, "vpdp", "demo12345");
			office.locator("#nav-reporting").click();
			office.waitForURL("**/reporting/compliance?unit=62&month=2023-03");
			assertThat(office.locator("tr[data-reporter='so-gtvt']")).hasAttribute("data-status", "ON_TIME");
			assertThat(office.locator("tr[data-reporter='so-gtvt']")).containsText("Đúng hạn");
			assertThat(office.locator("tr[data-reporter='ubnd-615']")).hasAttribute("data-status", "MISSING");
			assertThat(office.locator("tr[data-reporter='ubnd-615']")).containsText("Chưa báo cáo");
			assertThat(office.locator("#compliance-summary")).containsText("Đúng hạn: 1");
			assertThat(office.locator("tr[data-reporter='vpdp-ntm']")).hasAttribute("data-status", "PENDING");
			// the table fits the 1366 px laptop screen without horizontal scrolling
			assertThat((Boolean) office.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();

			office.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/reporting-compliance.png")));
			// 24 of 25 reporters have not reported: the office is asked before issuing, and told how many
			java.util.concurrent.atomic.AtomicReference<String> asked = new java.util.concurrent.atomic.AtomicReference<>();
			office.onceDialog(dialog -> {
				asked.set(dialog.message());
				dialog.accept();
			});
			office.locator("#issue-consolidated").click();
			assertThat(office.locator(".alert-success")).containsText("01/BC-VPĐP");
			org.assertj.core.api.Assertions.assertThat(asked.get()).startsWith("Còn 24 đơn vị chưa báo cáo");
			assertThat(office.locator("#consolidated li[data-revision='1']")).containsText("18/04/2023");
			assertThat(office.locator("tr[data-reporter='vpdp-ntm']")).hasAttribute("data-status", "ON_TIME");
			String href = office.locator("#consolidated li[data-revision='1'] a").first().getAttribute("href");
			APIResponse docx = office.request().get(base + href);
			APIResponse year = office.request().get(base + "/reporting/year?unit=62&reporter=so-gtvt&year=2023&format=xlsx");
			assertThat(year.status()).isEqualTo(200);
			office.navigate(base + "/reporting/year?unit=62&reporter=so-gtvt&year=2023");
			assertThat(office.locator("table tbody tr").first()).containsText("Chưa báo cáo"); // January 2023
			assertThat(office.locator("table tbody tr").nth(2)).containsText("Đúng hạn"); // March 2023
			assertThat(docx.status()).isEqualTo(200);
			assertThat(docx.body()[0]).isEqualTo((byte) 'P');
			assertThat(docx.body()[1]).isEqualTo((byte) 'K');
		}
	}
}
