package vn.ntm.planning;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import vn.ntm.support.BrowserSupport;

/**
 * The coordination office follows the 2023 plan (the plan, a target commune's gaps, a department's to-do list),
 * records a sponsorship and a KPI value.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
class PlanningBrowserTest {

	static BrowserSupport browser;

	@LocalServerPort
	int port;

	@Autowired
	Plans plans;

	@BeforeAll
	static void start() {
		browser = BrowserSupport.start();
	}

	@AfterAll
	static void stop() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void theOfficeOpensThePlanATargetCommunesGapsAndADepartmentsToDoList() {
		String base = "http://localhost:" + port;
		Page page = browser.login(base, "vpdp", "demo12345");

		page.navigate(base + "/planning/plans/62/2023");
		assertThat(page.locator("#plan-heading")).containsText("2023");
		assertThat(page.locator("#named-targets tbody tr")).hasCount(12);
		assertThat(page.locator("#named-targets")).containsText("23503");
		assertThat(page.locator("#aggregates")).containsText("95/95");
		page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/planning-plan.png"))
			.setFullPage(true));

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Xã Đắk PXi")).click();
		assertThat(page.locator("#gaps-heading")).containsText("Xã Đắk PXi");
		assertThat(page.locator("#risk")).isVisible();
		assertThat(page.locator("#trend thead th")).hasCount(7);
		page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/planning-gaps.png"))
			.setFullPage(true));

		page.navigate(base + "/planning/plans/62/2023");
		page.locator("#todo-org").selectOption(new com.microsoft.playwright.options.SelectOption()
			.setLabel(page.locator("#todo-org option", new Page.LocatorOptions().setHasText("Giao thông")).first()
				.textContent()));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem việc cần làm")).click();
		assertThat(page.locator("#todo-heading")).isVisible();
		assertThat(page.locator("body")).containsText("Giao thông");

		// the agriculture department leads criterion 13, still unmet in Đắk PXi in July 2023
		page.locator("#todo-org").selectOption(new com.microsoft.playwright.options.SelectOption()
			.setLabel("Sở Nông nghiệp và Phát triển nông thôn"));
		page.locator("#todo-period").fill("2023-07");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem việc cần làm")).click();
		assertThat(page.locator("#todo tbody")).containsText("Xã Đắk PXi");
		assertThat(page.locator("#todo tbody")).containsText("13.");
		page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/planning-todo.png"))
			.setFullPage(true));
	}

	@Test
	void theOfficeRecordsASponsorshipAndSeesTheNewTotal() {
		String base = "http://localhost:" + port;
		Page page = browser.login(base, "vpdp", "demo12345");

		page.navigate(base + "/planning/sponsors?province=62&year=2023");
		// the demo sponsorship: 500.000.000 committed, 320.000.000 mobilised
		assertThat(page.locator("#sponsors-total")).containsText("500.000.000");
		page.locator("#sponsorId").selectOption(new SelectOption().setLabel("Doanh nghiệp đỡ đầu (demo)"));
		page.locator("#unitCode").selectOption("23515");
		page.locator("#committed").fill("1.000.000.000");
		page.locator("#mobilised").fill("250.000.000");
		page.locator("#note").fill("Cam kết năm 2023");
		page.locator("#sponsorship-save").click();

		assertThat(page.locator("#sponsorship-saved")).isVisible();
		assertThat(page.locator("#sponsorships")).containsText("Cam kết năm 2023");
		assertThat(page.locator("#sponsors-total")).containsText("1.500.000.000");
		assertThat(page.locator("#sponsors-total")).containsText("570.000.000");
		assertThat(page.locator("#sponsors-total")).containsText("38,0");
		assertThat(page.locator("#sponsor-years")).containsText("1.500.000.000");
		page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/planning-sponsors.png"))
			.setFullPage(true));
	}

	@Test
	void theOfficeRecordsAKpiValueAndSeesItInProgress() {
		Plan plan = plans.find("62", 2022).orElseThrow();
		if (plan.kpis().isEmpty()) {
			asSystem(() -> plans.addTargets(plan.id(), List.of(new Target.Kpi(0,
					"Tỷ lệ hộ dùng nước sạch từ công trình cấp nước tập trung", "%", Target.Bound.AT_LEAST,
					new BigDecimal("50"), LocalDate.of(2025, 12, 31), new BigDecimal("24.5"), 2021, null)),
					plan.version()));
		}
		long kpi = plans.find("62", 2022).orElseThrow().kpis().getFirst().id();
		String base = "http://localhost:" + port;
		Page page = browser.login(base, "vpdp", "demo12345");

		page.navigate(base + "/planning/plans/62/2022");
		Locator line = page.locator("#kpi-" + kpi);
		assertThat(line.locator(".kpi-latest")).containsText("24,5");
		line.locator("summary").click();
		line.locator("input[name=kpiPeriod]").fill("2022");
		line.locator("input[name=value]").fill("52,3");
		line.locator("input[name=source]").fill("Báo cáo 15/BC-SXD");
		line.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ghi nhận giá trị")).click();

		assertThat(page.locator("#kpi-" + kpi + " .kpi-latest")).containsText("52,3");
		assertThat(page.locator("#kpi-" + kpi + " .kpi-latest")).containsText("Báo cáo 15/BC-SXD");
		assertThat(page.locator("#kpi-" + kpi + " .kpi-met")).containsText("Đạt");
		assertThat(page.locator("#kpi-" + kpi + " .kpi-history")).containsText("vpdp");
		page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/planning-kpi.png"))
			.setFullPage(true));
	}

	private static void asSystem(Runnable task) {
		SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("test-setup",
				null, List.of(new SimpleGrantedAuthority("ROLE_SYSTEM"))));
		try {
			task.run();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
