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

/** Hà Tĩnh (42) alone: its 69 communes since 01/07/2025, its 209 before (history with Lộc Hà), nothing of Kon Tum. */
@SpringBootTest(properties = { "ntm.province=42", "ntm.organization.reference-provinces=" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class FreshInstallForHaTinhTests extends FreshInstallContract {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theInstallHoldsHaTinhBeforeAndAfterTheReform() throws Exception {
		assertThat(JsonPath.<List<?>>read(page("/api/v1/units?parent=42&level=commune&asOf=2026-12-01"), "$"))
			.hasSize(69);
		assertThat(JsonPath.<List<?>>read(page("/api/v1/units?parent=42&level=commune&asOf=2025-03-01"), "$"))
			.hasSize(209);
		assertThat(JsonPath.<List<String>>read(page("/api/v1/units?level=province&asOf=2025-03-01"), "$[*].code"))
			.containsExactly("42");
		assertThat(page("/api/v1/units/18077/lineage")).contains("18073");
	}

	@Test
	void noPageShowsAnythingOfKonTumOrQuangNgai() throws Exception {
		List<String> own = jdbc.sql("SELECT name FROM geography_unit").query(String.class).list();
		for (String url : List.of("/", "/home", "/overview?unit=42", "/matrix?unit=42", "/criteria-sets",
				"/organizations", "/organizations?province=42", "/planning?province=42", "/reporting", "/exchange",
				"/users", "/api/v1/units?level=province", "/api/v1/units/search?q=Dak%20Mar")) {
			String body = page(url);
			assertNothingOfKonTum(url, body, own);
			assertThat(body).as(url).doesNotContain("Quảng Ngãi");
		}
	}
}
