package vn.ntm.geography.web;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@ActiveProfiles("test")
@WithMockUser
class GeographyUnitsApiTests {

	MockMvc mvc;

	// Boot's MockMvc auto-configuration does not apply Spring Security's test support here; apply it explicitly
	@Autowired
	void mockMvc(org.springframework.web.context.WebApplicationContext context) {
		mvc = org.springframework.test.web.servlet.setup.MockMvcBuilders.webAppContextSetup(context)
				.apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity())
				.build();
	}

	@Test
	void listsKonTumsDistrictsEvenAfterTheProvinceWasMergedAway() throws Exception {
		mvc.perform(get("/api/v1/units").param("parent", "62").param("level", "DISTRICT"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$", hasSize(10)))
				.andExpect(jsonPath("$[0].level").value("district"))
				.andExpect(jsonPath("$[0].parentCode").value("62"))
				.andExpect(jsonPath("$[0].region").value("TN"))
				.andExpect(jsonPath("$[0].regionName").value("Tây Nguyên"))
				.andExpect(jsonPath("$[0].validTo").value("2025-06-30"));
	}

	@Test
	void listsCommunesOfAProvinceAsOfADate() throws Exception {
		mvc.perform(get("/api/v1/units?parent=62&level=commune&asOf=2025-03-01")).andExpect(jsonPath("$", hasSize(102)));
		mvc.perform(get("/api/v1/units?parent=51&level=commune&asOf=2025-07-01")).andExpect(jsonPath("$", hasSize(96)));
	}

	@Test
	void showsOneUnitAsOfADateAndTheRegionNameInEnglishWhenAsked() throws Exception {
		mvc.perform(get("/api/v1/units/23293?asOf=2025-03-01").header("Accept-Language", "en"))
				.andExpect(jsonPath("$.name").value("Phường Thắng Lợi"))
				.andExpect(jsonPath("$.path").value("/62/608/23293/"))
				.andExpect(jsonPath("$.validFrom").doesNotExist())
				.andExpect(jsonPath("$.regionName").value("Central Highlands"));
		mvc.perform(get("/api/v1/units/23293?asOf=2025-07-01"))
				.andExpect(jsonPath("$.name").value("Phường Kon Tum"))
				.andExpect(jsonPath("$.validFrom").value("2025-07-01"))
				.andExpect(jsonPath("$.especiallyDifficult").value(false));
	}

	@Test
	void anUnknownUnitIsAProblemInVietnamese() throws Exception {
		mvc.perform(get("/api/v1/units/99999?asOf=2025-03-01"))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail").value("Không có đơn vị hành chính mã '99999' vào ngày 2025-03-01"));
	}

	@Test
	void aBadParameterIsAProblemNamingIt() throws Exception {
		mvc.perform(get("/api/v1/units?level=abc"))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail").value("Tham số level không hợp lệ: 'abc' (province, district, commune, village)"));
		mvc.perform(get("/api/v1/units?asOf=1/3/2025"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail", startsWith("Tham số asOf không hợp lệ: '1/3/2025'")));
		mvc.perform(get("/api/v1/units/search?q=Kon&limit=0"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail", startsWith("Tham số limit không hợp lệ")));
	}

	@Test
	void searchFindsTheCommuneUnderTheHintedDistrictWithItsScore() throws Exception {
		mvc.perform(get("/api/v1/units/search").param("q", "Đăk Pxy (Đăk Hà)").param("asOf", "2025-03-01").param("limit", "3"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[0].unit.code").value("23503"))
				.andExpect(jsonPath("$[0].score").value(1.0));
	}

	@Test
	void lineageShowsSuccessorsAndPredecessors() throws Exception {
		mvc.perform(get("/api/v1/units/23521/lineage"))
				.andExpect(jsonPath("$.successors[0].newCode").value("23500"))
				.andExpect(jsonPath("$.successors[0].effectiveOn").value("2025-07-01"))
				.andExpect(jsonPath("$.successors[0].kind").value("full"));
		mvc.perform(get("/api/v1/units/23500/lineage")).andExpect(jsonPath("$.predecessors", hasSize(3)));
		mvc.perform(get("/api/v1/units/99999/lineage")).andExpect(status().isNotFound());
	}
}
