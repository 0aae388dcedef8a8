package vn.ntm.geography.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import com.jayway.jsonpath.JsonPath;

import vn.ntm.geography.Installation;

/**
 * A province never mentioned in the product's code or demo: Hồ Chí Minh City (79), formed on 01/07/2025 from Hồ Chí
 * Minh City, Bình Dương (74) and Bà Rịa – Vũng Tàu (77). No organizations loaded, no demo.
 */
@SpringBootTest(properties = { "ntm.province=79", "ntm.organization.reference-provinces=" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class FreshInstallForHoChiMinhCityTests extends FreshInstallContract {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Installation installation;

	@Test
	void theInstallServesOnlyItsProvinceWithItsOldProvincesUntilTheReform() throws Exception {
		assertThat(installation.servedProvinces()).containsExactly("79");
		String after = page("/api/v1/units?parent=79&level=commune&asOf=2026-12-01");
		assertThat(JsonPath.<List<?>>read(after, "$")).hasSize(168);
		String provincesBefore = page("/api/v1/units?level=province&asOf=2025-03-01");
		assertThat(JsonPath.<List<String>>read(provincesBefore, "$[*].code")).containsExactlyInAnyOrder("74", "77", "79");
		String provincesNow = page("/api/v1/units?level=province&asOf=2026-12-01");
		assertThat(JsonPath.<List<String>>read(provincesNow, "$[*].code")).containsExactly("79");
		String lineage = page("/api/v1/units/74/lineage");
		assertThat(lineage).contains("\"79\"");
	}

	@Test
	void noPageShowsAnythingOfKonTum() throws Exception {
		List<String> own = jdbc.sql("SELECT name FROM geography_unit").query(String.class).list();
		for (String url : List.of("/", "/home", "/overview?unit=79", "/matrix?unit=79", "/criteria-sets",
				"/organizations", "/organizations?province=79", "/organizations/assignments?province=79",
				"/planning?province=79", "/reporting", "/exchange", "/users", "/audit",
				"/api/v1/units?level=province", "/api/v1/units?parent=79&level=commune&asOf=2026-12-01",
				"/api/v1/units?parent=79&level=commune&asOf=2024-12-31", "/api/v1/units/search?q=Dak%20Ha",
				"/api/v1/units/search?q=Kon%20Tum")) {
			assertNothingOfKonTum(url, page(url), own);
		}
	}
}
