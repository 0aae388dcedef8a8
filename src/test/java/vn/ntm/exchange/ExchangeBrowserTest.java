package vn.ntm.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;

import vn.ntm.exchange.internal.TemplateLayout;
import vn.ntm.support.BrowserSupport;

/** Download a template, upload it with one bad cell, read the error, fix it, preview, confirm. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
class ExchangeBrowserTest {

	@LocalServerPort
	int port;

	@TempDir
	Path dir;

	@Test
	void anOfficerDownloadsUploadsWithABadCellFixesItPreviewsAndConfirms() throws Exception {
		try (BrowserSupport browser = BrowserSupport.start()) {
			String base = "http://localhost:" + port;
			Page page = browser.login(base, "vpdp", "demo12345");
			page.navigate(base + "/exchange");
			page.locator("#unit").selectOption("615");
			page.locator("#template-period").fill("2024");
			Download download = page.waitForDownload(() -> page.locator("#download-template").click());
			Path template = dir.resolve("template.xlsx");
			download.saveAs(template);

			Path bad = withFirstPercentCell(template, "nhiều", dir.resolve("bad.xlsx"));
			page.locator("#file").setInputFiles(bad);
			page.locator("#upload-button").click();
			page.locator("#import-errors").waitFor();
			assertThat(page.locator("#import-errors").innerText()).contains("không phải là số").contains("dòng 6");
			assertThat(page.locator("#confirm-import").count()).isZero();

			Path fixed = withFirstPercentCell(template, "12,5", dir.resolve("fixed.xlsx"));
			page.locator("#file").setInputFiles(fixed);
			page.locator("#upload-button").click();
			page.locator("#import-preview").waitFor();
			assertThat(page.locator("#value-changes").innerText()).contains("12.5");
			page.locator("#confirm-import").click();
			page.locator("#import-committed").waitFor();
			assertThat(page.locator("#import-committed").innerText()).contains("Đã ghi số liệu của 1 xã");
		}
	}

	/** The template with the first data row's first percentage cell set to {@code text}. */
	static Path withFirstPercentCell(Path template, String text, Path target) throws Exception {
		try (InputStream in = Files.newInputStream(template); XSSFWorkbook wb = new XSSFWorkbook(in);
				OutputStream out = Files.newOutputStream(target)) {
			Sheet sheet = wb.getSheet(TemplateLayout.DATA_SHEET);
			int column = -1;
			for (Cell c : sheet.getRow(TemplateLayout.UNIT_ROW)) {
				if (c.getColumnIndex() >= TemplateLayout.FIRST_INDICATOR_COLUMN && "%".equals(c.getStringCellValue())) {
					column = c.getColumnIndex();
					break;
				}
			}
			assertThat(column).isPositive();
			var row = sheet.getRow(TemplateLayout.FIRST_DATA_ROW);
			(row.getCell(column) == null ? row.createCell(column) : row.getCell(column)).setCellValue(text);
			wb.write(out);
		}
		return target;
	}
}
