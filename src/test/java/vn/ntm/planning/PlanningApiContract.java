package vn.ntm.planning;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The planning API against the reference plans and units; runs on H2 and on PostgreSQL (subclasses). */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
abstract class PlanningApiContract {

	static final RequestPostProcessor ADMIN = httpBasic("admin", "test-admin-password");

	@Autowired
	MockMvc mvc;

	@Test
	void theKonTum2023PlanListsItsSevenStandardThreeAdvancedAndOneModelTargetCommunes() throws Exception {
		mvc.perform(get("/api/v1/plans/62/2023").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reference").value(true))
			.andExpect(jsonPath("$.targets[?(@.tier == 'COMMUNE_STANDARD')].unitCode")
				.value(contains("23518", "23503", "23380", "23356", "23535", "23534", "23431")))
			.andExpect(jsonPath("$.targets[?(@.tier == 'COMMUNE_ADVANCED')].unitCode")
				.value(contains("23338", "23392", "23353")))
			.andExpect(jsonPath("$.targets[?(@.tier == 'COMMUNE_MODEL')].unitCode").value(contains("23512")))
			.andExpect(jsonPath("$.targets[?(@.tier == 'DISTRICT_STANDARD')].unitCode").value(contains("608")));
	}

	@Test
	void aDistrictsPlanHoldsOnlyTheTargetsInTheDistrict() throws Exception {
		mvc.perform(get("/api/v1/plans/615/2023").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.targets[*].unitCode").value(contains("23518", "23503", "23512")));
	}

	@Test
	void eachNamedTargetCarriesTheDistrictCommitteeThatAnswersForIt() throws Exception {
		mvc.perform(get("/api/v1/plans/62/2023/progress").param("period", "2023-06").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.named[?(@.target.unitCode == '23512')].districtCommittee")
				.value(contains("Ủy ban nhân dân Huyện Đắk Hà")));
	}

	@Test
	void hatinh2024TargetsAreLoadedWithTheirKpis() throws Exception {
		mvc.perform(get("/api/v1/plans/42/2024/progress").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.named[*].target.unitCode").value(contains("442", "443", "445", "440", "449", "437", "444")))
			.andExpect(jsonPath("$.kpis[0].latest").value(24.5))
			.andExpect(jsonPath("$.kpis[0].met").value(false));
	}

	@Test
	void damagedSpellingsMatchTheirCommunesAndANameWithNoGoodMatchIsReported() throws Exception {
		mvc.perform(post("/api/v1/units/match").with(ADMIN).param("province", "62").param("asOf", "2023-12-31")
			.contentType(MediaType.TEXT_PLAIN)
			.content("Ngoc Bay, Pak Bla, Dak Ro Wa (thanh pho Kon Tum); Ngọc Tem (Kon Plông)\nĐăk Pxy (Đăk Hà)\nXã Hoàng Sa Trường Sa"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].status").value("MATCHED"))
			.andExpect(jsonPath("$[0].candidates[0].code").value("23317"))
			.andExpect(jsonPath("$[1].status").value("MATCHED"))
			.andExpect(jsonPath("$[1].candidates[0].code").value("23323"))
			.andExpect(jsonPath("$[2].candidates[0].code").value("23335"))
			.andExpect(jsonPath("$[3].candidates[0].code").value("23464"))
			.andExpect(jsonPath("$[4].status").value("MATCHED"))
			.andExpect(jsonPath("$[4].candidates[0].code").value("23503"))
			.andExpect(jsonPath("$[5].status").value("NO_MATCH"))
			// the nearest units are shown as alternatives to pick, none of them good enough to be a match
			.andExpect(jsonPath("$[5].candidates[*].score").value(everyItem(lessThan(0.8))));
	}

	@Test
	void theGapsOfATargetCommuneListItsUnmetIndicatorsButNotTheMetOnes() throws Exception {
		mvc.perform(put("/api/v1/units/{code}/values/2023-05", "23503").with(ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"values":[{"indicator":"1.1","value":"Đạt"},{"indicator":"15.3","value":"21,5"}]}"""))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/units/23503/gaps").param("period", "2023-06").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.tier").value("COMMUNE_STANDARD"))
			.andExpect(jsonPath("$.trendPeriods.length()").value(6))
			.andExpect(jsonPath("$.gaps[*].indicatorCode").value(hasItem("2.1")))
			.andExpect(jsonPath("$.gaps[*].indicatorCode").value(not(hasItem("15.3"))))
			.andExpect(jsonPath("$.risk").value("OFF_TRACK"));
	}

	@Test
	void anUnknownUnitIsNotFoundAndAMalformedPeriodIsRejected() throws Exception {
		mvc.perform(get("/api/v1/units/99999/gaps").param("period", "2023").with(ADMIN))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/units/23512/gaps").param("period", "2023-13").with(ADMIN))
			.andExpect(status().isBadRequest());
	}
}
