package vn.ntm.criteria.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import vn.ntm.support.BrowserSupport;

/**
 * Quảng Ngãi's coordination office walks the 2026–2030 indicator import in Chromium: downloads the sheet of the
 * province's version, sends it back once with a bad row (refused, row named, nothing stored), then with a new N3
 * level for indicator 2.1, and sees a group N3 commune's criteria judged against it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class IndicatorImportBrowserTest {

	static final String SET = "xa-ntm-2026-2030";

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
	void theOfficeImportsTheIndicatorsOfItsProvinceAndACommuneIsJudgedOnThem() throws Exception {
		String base = "http://localhost:" + port;
		Page page = browser.login(base, "vpdp-qn", "demo12345");
		page.setDefaultTimeout(60_000);
		page.navigate(base + "/criteria-sets/" + SET + "/indicators?province=51");
		assertThat(page.locator("#indicators-heading")).containsText("51");
		Download download = page.waitForDownload(() -> page.locator("#indicator-template").click());
		Path template = download.path();

		// a row naming criterion 12 of a ten-criterion set: the whole sheet is refused, the row named
		Path bad = fill(template, "2.1", "12", null);
		upload(page, bad);
		assertThat(page.locator("#problems")).isVisible();
		assertThat(page.locator("#problems")).containsText("12");

		Path good = fill(template, "2.1", null, "87,5");
		upload(page, good);
		assertThat(page).hasURL(Pattern.compile(".*/criteria-sets/" + SET + "\\?version=\\d+.*"));

		// Đăk Mar is a group N3 commune in the demo: its 2.1 is judged against the level just imported
		page.navigate(base + "/units/23512?period=2026");
		assertThat(page.locator("h1")).containsText("Đăk Mar");
		assertThat(page.locator("body")).containsText("N3");
		assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("2.1")).first()).containsText("87,5");
	}

	private static void upload(Page page, Path workbook) {
		page.locator("#indicator-file").setInputFiles(workbook);
		page.locator("#xlsx-documentNumber").fill("15/2026/QĐ-UBND");
		page.locator("#xlsx-documentDate").fill("2026-03-01");
		page.locator("#upload-indicators").click();
		page.waitForLoadState();
	}

	/** The template with the row of {@code code} changed: its criterion, or its N3 level. */
	private static Path fill(Path template, String code, String criterion, String n3) throws Exception {
		Path out = Files.createTempFile("chi-tieu-", ".xlsx");
		DataFormatter text = new DataFormatter();
		try (InputStream in = Files.newInputStream(template); var workbook = new XSSFWorkbook(in);
				OutputStream os = Files.newOutputStream(out)) {
			Sheet sheet = workbook.getSheet("Chỉ tiêu") != null ? workbook.getSheet("Chỉ tiêu") : workbook.getSheetAt(0);
			boolean found = false;
			for (Row row : sheet) {
				if (row.getCell(1) != null && code.equals(text.formatCellValue(row.getCell(1)).strip())) {
					if (criterion != null) {
						row.createCell(0).setCellValue(criterion);
					}
					if (n3 != null) {
						row.createCell(8).setCellValue(n3);
					}
					found = true;
				}
			}
			if (!found) {
				throw new IllegalStateException("the template has no row " + code);
			}
			workbook.write(os);
		}
		return out;
	}
}
