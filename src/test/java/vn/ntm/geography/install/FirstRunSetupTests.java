package vn.ntm.geography.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;

import vn.ntm.planning.Plans;

/**
 * An install started with no province: the system admin lands on the first-run page, is refused an unknown code with
 * nothing stored, chooses Hà Nội (01), and from then on starts on Hà Nội's overview. The choice is audited.
 */
@SpringBootTest(properties = { "ntm.province=", "ntm.organization.reference-provinces=" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstRunSetupTests extends FreshInstallContract {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Plans plans;

	@Test
	@Order(1)
	void theAdminOfAnEmptyInstallIsSentToTheFirstRunPageThatListsThe34Provinces() throws Exception {
		assertThat(jdbc.sql("SELECT COUNT(*) FROM geography_unit").query(Long.class).single()).isZero();
		mvc.perform(get("/").with(admin())).andExpect(redirectedUrl("/setup"));
		String body = page("/setup");
		assertThat(body).contains("id=\"setup-none\"").contains("Thành phố Hà Nội").contains("Tỉnh Cà Mau");
		assertThat(body.split("id=\"province-").length - 1).isEqualTo(34);
		// Quảng Ngãi lists the old provinces that formed it
		assertThat(body).containsPattern("Tỉnh Kon Tum, Tỉnh Quảng Ngãi|Tỉnh Quảng Ngãi, Tỉnh Kon Tum");
	}

	@Test
	@Order(2)
	void anUnknownCodeIsRefusedByNameAndNothingIsStored() throws Exception {
		String body = mvc.perform(post("/setup").param("province", "01").param("province", "62").with(admin()).with(csrf()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).contains("id=\"problems\"").contains("Mã 62 (Tỉnh Kon Tum) là tỉnh trước 01/07/2025; từ ngày đó thuộc Tỉnh Quảng Ngãi: chọn mã 51.");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM geography_served_province").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM geography_unit").query(Long.class).single()).isZero();
	}

	@Test
	@Order(3)
	void choosingHaNoiLoadsItsUnitsAndTheStartPageOpensOnIt() throws Exception {
		mvc.perform(post("/setup").param("province", "01").with(admin()).with(csrf()))
			.andExpect(redirectedUrl("/setup"));
		assertThat(JsonPath.<List<?>>read(page("/api/v1/units?parent=01&level=commune&asOf=2026-12-01"), "$"))
			.hasSize(126);
		assertThat(JsonPath.<List<?>>read(page("/api/v1/units?parent=01&level=commune&asOf=2025-03-01"), "$"))
			.hasSize(526);
		mvc.perform(get("/").with(admin())).andExpect(redirectedUrl("/overview?unit=01"));
		assertThat(page("/setup")).contains("id=\"setup-served\"").contains("id=\"choose-01\"");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM identity_audit_log WHERE entity_type = 'served-province' AND entity_id = '01'")
			.query(Long.class).single()).isEqualTo(1);
		List<String> own = jdbc.sql("SELECT name FROM geography_unit").query(String.class).list();
		// (the first-run page itself lists the 34 provinces with the old ones that formed them, Kon Tum among them)
		for (String url : List.of("/overview?unit=01", "/home", "/api/v1/units?level=province")) {
			assertNothingOfKonTum(url, page(url), own);
		}
	}

	@Test
	@Order(4)
	void addingHaTinhLaterBringsItsUnitsAndTheDirectivesPlanOfItsYear() throws Exception {
		mvc.perform(post("/setup").param("province", "42").with(admin()).with(csrf()))
			.andExpect(redirectedUrl("/setup"));
		assertThat(JsonPath.<List<?>>read(page("/api/v1/units?parent=42&level=commune&asOf=2026-12-01"), "$"))
			.hasSize(69);
		// the plan module hears of the new province after the commit, on its own thread
		Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(plans.find("42", 2024)).isPresent());
		assertThat(plans.all("01")).isEmpty();
	}
}
