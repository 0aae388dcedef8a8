package vn.ntm.planning;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Scope and the demo province: gaps and progress of the Kon Tum 2023 plan over the demo values. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "demo" })
class PlanningDemoTest {

	static final RequestPostProcessor DAK_HA = httpBasic("huyen-dakha", "demo12345");
	static final RequestPostProcessor OFFICE = httpBasic("vpdp", "demo12345");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void aDistrictOfficerReadsTheGapsOfHisDistrictsTargetButNotAnotherDistricts() throws Exception {
		mvc.perform(get("/api/v1/units/23512/gaps").param("period", "2023-06").with(DAK_HA))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.tier").value("COMMUNE_MODEL"));
		mvc.perform(get("/api/v1/units/23338/gaps").param("period", "2023-06").with(DAK_HA))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/plans/608/2023").with(DAK_HA)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/plans/615/2023").with(DAK_HA)).andExpect(status().isOk());
	}

	@Test
	void theGapsOfAStandardTargetNameTheLeadDepartmentOfEachUnmetCriterion() throws Exception {
		mvc.perform(get("/api/v1/units/23503/gaps").param("period", "2023-06").with(OFFICE))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.trends.length()").value(19))
			.andExpect(jsonPath("$.gaps[0].lead.name").value(notNullValue()));
	}

	@Test
	void progressCountsTargetsPerTierAndDistrict() throws Exception {
		mvc.perform(get("/api/v1/plans/62/2023/progress").param("period", "2023-12").with(OFFICE))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.tiers[0].tier").value("COMMUNE_STANDARD"))
			.andExpect(jsonPath("$.tiers[0].targets").value(7))
			.andExpect(jsonPath("$.tiers[0].met").value(5))
			.andExpect(jsonPath("$.tiers[0].undecided").value(0))
			// the model target can be told neither met nor not met: the advanced set's thresholds are unknown
			.andExpect(jsonPath("$.tiers[?(@.tier == 'COMMUNE_MODEL')].undecided").value(hasItem(1)))
			.andExpect(jsonPath("$.tiers[?(@.tier == 'COMMUNE_MODEL')].met").value(hasItem(0)))
			.andExpect(jsonPath("$.districts[*].districtCode").value(hasItem("615")));
	}

	@Test
	void theModelCommuneTargetCannotBeToldUntilTheAdvancedThresholdsAreEnteredAndThePlanPageSaysSo() throws Exception {
		mvc.perform(get("/api/v1/plans/62/2023/progress").param("period", "2023-12").with(OFFICE))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.named[?(@.target.unitCode == '23512')].target.tier").value(hasItem("COMMUNE_MODEL")))
			.andExpect(jsonPath("$.named[?(@.target.unitCode == '23512')].criteriaTotal").value(hasItem(4)))
			.andExpect(jsonPath("$.named[?(@.target.unitCode == '23512')].cannotTell")
				.value(hasItem("THRESHOLDS_NOT_ENTERED")))
			.andExpect(jsonPath("$.named[?(@.target.unitCode == '23512')].thresholdsMissingIn[0]")
				.value(hasItem("Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao giai đoạn 2021 - 2025")));
		mvc.perform(get("/planning/plans/62/2023").param("period", "2023-12")
				.with(user(users.loadUserByUsername("vpdp"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"Chưa xác định được: chưa nhập ngưỡng của Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao")));
	}
}
