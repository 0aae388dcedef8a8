package vn.ntm.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import vn.ntm.support.BrowserSupport;

/** The coordination office gives a commune official an account by picking the role and the commune from lists. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
class UserAdministrationBrowserTest {

	static BrowserSupport browser;

	@LocalServerPort
	int port;

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
	void theOfficeCreatesACommuneOfficerWhoThenSignsInToTheirCommune() throws Exception {
		String base = "http://localhost:" + port;
		String username = "xa-" + UUID.randomUUID().toString().substring(0, 6);
		Page page = browser.login(base, "vpdp", "demo12345");

		page.navigate(base + "/users");
		assertThat(page.locator("#users")).containsText("huyen-dakha");
		// the table's Excel button: the rendered rows, without the edit column
		com.microsoft.playwright.Download export = page.waitForDownload(() -> page.locator("button.table-export").first()
			.click());
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(export.path().toFile())) {
			var sheet = workbook.getSheetAt(0);
			org.apache.poi.ss.usermodel.Row header = null;
			for (var row : sheet) {
				if (row.getCell(0) != null && "Tên đăng nhập".equals(row.getCell(0).toString())) {
					header = row;
				}
			}
			org.assertj.core.api.Assertions.assertThat(header).isNotNull();
			org.assertj.core.api.Assertions.assertThat(header.getLastCellNum()).isEqualTo((short) 4);
			StringBuilder cells = new StringBuilder();
			sheet.forEach(row -> row.forEach(cell -> cells.append(cell.toString()).append('|')));
			org.assertj.core.api.Assertions.assertThat(cells.toString()).contains("huyen-dakha", "Tên đăng nhập")
				.doesNotContain("|Sửa|");
		}
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thêm người dùng")).click();

		page.locator("#username").fill(username);
		page.locator("#displayName").fill("Cán bộ xã Đăk Mar");
		page.locator("#password").fill("mot-mat-khau-dai");
		page.locator("#role").selectOption("COMMUNE_OFFICER");
		assertThat(page.locator("#scope option[value='615']")).isHidden();
		page.locator("#scope").selectOption(new SelectOption().setValue("23512"));
		page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/user-new.png")));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();

		assertThat(page.locator(".alert-success")).containsText(username);
		assertThat(page.locator("#users")).containsText("Cán bộ xã — Xã Đăk Mar");

		page.navigate(base + "/users/new");
		page.locator("#username").fill("khong-hop-le");
		page.locator("#displayName").fill("Thử");
		page.locator("#password").fill("ngan");
		page.locator("#password").evaluate("e => e.removeAttribute('minlength')");
		page.locator("#role").selectOption("DISTRICT_OFFICER");
		page.locator("#scope").selectOption("615");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
		assertThat(page.locator(".alert-danger")).containsText("Mật khẩu: cần ít nhất 10 ký tự");

		Page official = browser.login(base, username, "mot-mat-khau-dai");
		official.navigate(base + "/users");
		assertThat(official.locator("body")).not().containsText("huyen-dakha");
	}
}
