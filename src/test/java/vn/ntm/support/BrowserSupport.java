package vn.ntm.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven by Playwright for Java; never a downloaded browser. Locally, without Chromium, browser
 * tests are skipped with a message; under {@code CI=true} a missing Chromium fails them.
 */
public final class BrowserSupport implements AutoCloseable {

	private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
			"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
			"--disable-dev-shm-usage");

	private final Playwright playwright;
	private final Browser browser;

	private BrowserSupport(Playwright playwright, Browser browser) {
		this.playwright = playwright;
		this.browser = browser;
	}

	/** Starts Chromium, or skips (locally) / fails (CI) when it is not installed. */
	public static BrowserSupport start() {
		Path chromium = chromium();
		if (chromium == null) {
			String message = "Chromium is not installed (apt-get install -y chromium): browser tests need it";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				Assertions.fail(message + " and CI=true");
			}
			Assumptions.abort(message + "; skipped locally");
		}
		Playwright playwright = Playwright.create(new Playwright.CreateOptions()
			.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		Browser browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(chromium).setHeadless(true).setArgs(ARGS));
		return new BrowserSupport(playwright, browser);
	}

	private static Path chromium() {
		for (String candidate : new String[] { System.getenv("NTM_CHROMIUM"), "/usr/bin/chromium",
				"/usr/bin/chromium-browser" }) {
			if (candidate != null && Files.isExecutable(Path.of(candidate))) {
				return Path.of(candidate);
			}
		}
		return null;
	}

	/** A fresh page at 1366×768, the laptop the users have, in Vietnamese. */
	public Page newPage() {
		BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768)
			.setLocale("vi-VN").setTimezoneId("Asia/Ho_Chi_Minh"));
		context.setDefaultTimeout(15_000);
		return context.newPage();
	}

	/** Signs in through the login form and returns the page on the start page. */
	public Page login(String baseUrl, String username, String password) {
		Page page = newPage();
		page.navigate(baseUrl + "/login");
		page.locator("input[name=username]").fill(username);
		page.locator("input[name=password]").fill(password);
		page.locator("form button[type=submit]").first().click();
		page.waitForLoadState();
		return page;
	}

	@Override
	public void close() {
		browser.close();
		playwright.close();
	}
}
