package vn.ntm.recognition;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import vn.ntm.identity.Grant;
import vn.ntm.identity.Role;
import vn.ntm.identity.internal.UserAccounts;
import vn.ntm.organization.Organizations;
import vn.ntm.support.BrowserSupport;

/**
 * The dossier workflow walked in Chromium, in March 2024 (districts still exist), for Ngok Réo (Đắk Hà), a 2023 target
 * not yet recognised: the commune opens its dossier from its page, is told what is missing, attaches the required
 * documents and submits; the district reviews; the office starts the appraisal; Sở Y tế asks for more evidence on
 * criterion 15, the commune adds it, Sở Y tế agrees and every other department agrees its own criteria; the council
 * concludes; the office records the chair's decision; the commune page and the province summary count the recognition.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
@Import(DossierClock.Config.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DossierBrowserTest {

	static final String NGOK_REO = "23518";
	static final String SET = "xa-ntm-2021-2025";
	static final String PASSWORD = "0123456789ab";
	static final List<String> REQUIRED = List.of("to-trinh", "bien-ban-lay-y-kien", "y-kien-mttq",
			"thong-bao-cong-khai", "bao-cao-no-dong");

	static BrowserSupport browser;

	@LocalServerPort
	int port;

	@Autowired
	DossierClock clock;

	@Autowired
	UserAccounts users;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	Organizations organizations;

	String base;

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

	@BeforeEach
	void inMarch2024() {
		clock.setLocal("2024-03-01T09:00");
		base = "http://localhost:" + port;
		account("xa-ngokreo", "UBND xã Ngok Réo", new Grant(Role.COMMUNE_OFFICER, NGOK_REO));
	}

	@Test
	void aCommuneDossierGoesThroughTheAppraisalToTheDecisionAndIsCounted() throws Exception {
		int recognisedBefore = recognisedInTheProvince();

		// the commune opens its dossier from its own page
		Page commune = login("xa-ngokreo");
		commune.navigate(base + "/units/" + NGOK_REO + "?period=2023");
		assertThat(commune.locator("h1")).containsText("Ngok Réo");
		commune.locator("#unit-dossiers").click();
		assertThat(commune).hasURL(Pattern.compile(".*/dossiers\\?unit=" + NGOK_REO + "$"));
		Locator open = commune.locator("#dossier-open");
		assertThat(open.locator("#open-unit")).hasValue(NGOK_REO);
		open.locator("#open-tier").selectOption("STANDARD");
		open.locator("#open-year").fill("2023");
		open.locator("button").click();
		assertThat(commune).hasURL(Pattern.compile(".*/dossiers/\\d+$"));
		String dossierUrl = commune.url();
		assertThat(commune.locator("#dossier-heading")).containsText("Ngok Réo");
		assertThat(commune.locator("#dossier-heading")).containsText("2023");
		assertThat(commune.locator("#dossier-step")).containsText("Đang lập");

		// sent too early: refused, the missing documents named, nothing changed
		commune.locator("#action-SUBMIT button").click();
		assertThat(commune.locator("#dossier-refusal")).containsText("còn thiếu tài liệu bắt buộc");
		commune.navigate(dossierUrl);
		assertThat(commune.locator("#dossier-step")).containsText("Đang lập");

		Path pdf = Files.createTempFile("tai-lieu-", ".pdf");
		Files.write(pdf, "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
		for (String item : REQUIRED) {
			Locator attach = commune.locator("#dossier-attach");
			attach.locator("select[name=item]").selectOption(item);
			attach.locator("input[name=file]").setInputFiles(pdf);
			attach.locator("button").click();
			assertThat(commune.locator("#dossier-refusal")).hasCount(0);
			assertThat(commune.locator("#item-" + item + " td").nth(2)).hasText("Có");
		}
		// the self-assessment report is made by the system from the commune's data
		assertThat(commune.locator("#item-bao-cao-tu-danh-gia a")).hasAttribute("href",
				Pattern.compile(".*/self-assessment\\.docx$"));
		commune.locator("#action-SUBMIT button").click();
		assertThat(commune.locator("#dossier-step")).containsText("Đã gửi");

		// the district reviews, the office starts the appraisal
		step(login("huyen-dakha"), dossierUrl, "REVIEW_AS_DISTRICT", "Huyện đã thẩm tra");
		step(login("vpdp"), dossierUrl, "START_APPRAISAL", "Đang thẩm định");

		// Sở Y tế asks for more evidence on criterion 15; the council cannot conclude yet
		Page health = login("so-yte");
		health.navigate(dossierUrl);
		assertThat(health.locator("#criterion-2 form")).hasCount(0);
		appraise(health, 15, "MORE_EVIDENCE", "Thiếu số liệu BHYT");
		assertThat(health.locator("#criterion-15")).containsText("Đề nghị bổ sung");
		assertThat(health.locator("#criterion-15")).containsText("Thiếu số liệu BHYT");

		// the commune sees the request and adds the evidence of criterion 15
		commune.navigate(dossierUrl);
		assertThat(commune.locator("#criterion-15")).containsText("Thiếu số liệu BHYT");
		Locator attach = commune.locator("#dossier-attach");
		attach.locator("select[name=item]").selectOption("");
		attach.locator("input[name=criterion]").fill("15");
		attach.locator("input[name=file]").setInputFiles(pdf);
		attach.locator("button").click();
		assertThat(commune.locator("#dossier-refusal")).hasCount(0);
		assertThat(commune.locator("#criterion-15")).containsText("đã bổ sung");

		health.navigate(dossierUrl);
		appraise(health, 15, "AGREE", null);
		assertThat(health.locator("#criterion-15")).containsText("Đồng ý");

		// every other criterion agreed by its own department (the office for one without)
		for (Map.Entry<String, List<Integer>> e : appraisers(criteriaOf(health)).entrySet()) {
			Page department = login(e.getKey());
			department.navigate(dossierUrl);
			for (int n : e.getValue()) {
				appraise(department, n, "AGREE", null);
				assertThat(department.locator("#criterion-" + n)).containsText("Đồng ý");
			}
			department.context().close();
		}

		// the council concludes, the office records the chair's decision and publishes it
		Page office = login("vpdp");
		office.navigate(dossierUrl);
		Locator conclude = office.locator("#action-CONCLUDE");
		conclude.locator("input[name=reason]").fill("Đủ điều kiện");
		conclude.locator("button").click();
		assertThat(office.locator("#dossier-refusal")).hasCount(0);
		assertThat(office.locator("#dossier-step")).containsText("Hội đồng đã kết luận");
		assertThat(commune.locator("#action-DECIDE")).hasCount(0);
		Locator decide = office.locator("#action-DECIDE");
		decide.locator("input[name=decisionNumber]").fill("425/QĐ-UBND");
		decide.locator("input[name=decisionDate]").fill("2024-04-10");
		decide.locator("input[name=signer]").fill("Chủ tịch UBND tỉnh");
		decide.locator("input[name=issuer]").fill("UBND tỉnh Kon Tum");
		decide.locator("button").click();
		assertThat(office.locator("#dossier-refusal")).hasCount(0);
		assertThat(office.locator("#dossier-decision")).containsText("425/QĐ-UBND");
		assertThat(office.locator("#dossier-decision")).containsText("10/04/2024");
		step(office, dossierUrl, "PUBLISH", "Đã công bố");

		// the commune's page holds the decision; the province summary counts one more NTM commune
		commune.navigate(base + "/units/" + NGOK_REO + "?period=2024");
		assertThat(commune.locator("#recognitions")).containsText("425/QĐ-UBND");
		assertThat(commune.locator("#recognitions")).containsText("10/04/2024");
		assertThat(recognisedInTheProvince()).isEqualTo(recognisedBefore + 1);
	}

	/** The NTM communes of Kon Tum in 2024 as its leader's overview shows them. */
	private int recognisedInTheProvince() {
		Page leader = login("lanhdao");
		leader.navigate(base + "/overview?unit=62&period=2024");
		String count = leader.locator("#fig-tier-STANDARD strong").innerText().replace(".", "").strip();
		leader.context().close();
		return Integer.parseInt(count);
	}

	private Page login(String username) {
		Page page = browser.login(base, username, username.startsWith("tham-dinh-") || username.equals("xa-ngokreo")
				? PASSWORD : "demo12345");
		page.setDefaultTimeout(60_000);
		return page;
	}

	private static void step(Page page, String url, String action, String stepAfter) {
		page.navigate(url);
		page.locator("#action-" + action + " button").click();
		assertThat(page.locator("#dossier-refusal")).hasCount(0);
		assertThat(page.locator("#dossier-step")).containsText(stepAfter);
	}

	private static void appraise(Page page, int criterion, String verdict, String reason) {
		Locator form = page.locator("#criterion-" + criterion + " form");
		form.locator("select[name=verdict]").selectOption(verdict);
		if (reason != null) {
			form.locator("input[name=reason]").fill(reason);
		}
		form.locator("button").click();
		assertThat(page.locator("#dossier-refusal")).hasCount(0);
	}

	/** The criterion numbers of the dossier, as its page lists them. */
	private static List<Integer> criteriaOf(Page page) {
		return page.locator("#dossier-criteria tbody tr").all().stream()
			.map(r -> Integer.parseInt(r.getAttribute("id").substring("criterion-".length()))).toList();
	}

	/** Who agrees each criterion but 15: its lead department's officer (demo or made here), else the office. */
	private Map<String, List<Integer>> appraisers(List<Integer> criteria) {
		Map<Long, String> demo = new LinkedHashMap<>();
		for (String username : List.of("so-gtvt", "so-yte")) {
			users.grantsOf(username).stream().filter(g -> g.role() == Role.DEPARTMENT_OFFICER)
				.forEach(g -> demo.put(Long.parseLong(g.scope()), username));
		}
		Map<String, List<Integer>> byUser = new LinkedHashMap<>();
		for (int n : criteria) {
			if (n == 15) {
				continue;
			}
			var lead = organizations.leadDepartmentFor(SET, n, "62", LocalDate.of(2024, 3, 1));
			String username = lead.map(o -> demo.getOrDefault(o.id(), "tham-dinh-" + o.id())).orElse("vpdp");
			if (username.startsWith("tham-dinh-")) {
				account(username, lead.get().name(), new Grant(Role.DEPARTMENT_OFFICER, String.valueOf(lead.get().id())));
			}
			byUser.computeIfAbsent(username, u -> new java.util.ArrayList<>()).add(n);
		}
		assertThat(new TreeSet<>(byUser.getOrDefault("so-gtvt", List.of()))).contains(2);
		return byUser;
	}

	private void account(String username, String name, Grant grant) {
		if (users.find(username).isEmpty()) {
			users.create(username, name, passwords.encode(PASSWORD), List.of(grant));
		}
	}
}
