package vn.ntm.assessment;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.CriteriaSets;
import vn.ntm.criteria.ProvinceVersionYaml;

/**
 * The model-commune set (Quyết định 319/QĐ-TTg) through the values API: evaluated with the commune's standard and
 * advanced results of the same day. Rolled back, so the province version it imports stays out of other tests.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Transactional
class ModelCommuneStatusTest {

	static final String HA_MON = "23521";
	static final String STANDARD = "xa-ntm-2021-2025";
	static final String ADVANCED = "xa-ntm-nang-cao-2021-2025";
	static final String MODEL = "xa-ntm-kieu-mau-2021-2025";
	static final RequestPostProcessor ADMIN = httpBasic("admin", "test-admin-password");

	@Autowired
	MockMvc mvc;

	@Autowired
	CriteriaSets sets;

	private void record(String set, String values) throws Exception {
		mvc.perform(put("/api/v1/units/{code}/values/2023", HA_MON).param("set", set).with(ADMIN)
			.contentType(MediaType.APPLICATION_JSON).content("{\"values\":" + values + "}"))
			.andExpect(status().isOk());
	}

	private ResultActions modelStatus() throws Exception {
		return mvc.perform(get("/api/v1/units/{code}/status", HA_MON).param("period", "2023").param("set", MODEL)
			.with(ADMIN)).andExpect(status().isOk());
	}

	@Test
	void theFirstConditionIsNeverTypedAndFollowsTheStandardAndAdvancedValuesOfTheSameDay() throws Exception {
		mvc.perform(put("/api/v1/units/{code}/values/2023", HA_MON).param("set", MODEL).with(ADMIN)
			.contentType(MediaType.APPLICATION_JSON).content("{\"values\":[{\"indicator\":\"KM1\",\"value\":\"Đạt\"}]}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("derived-value"));

		record(MODEL, "[{\"indicator\":\"KM3\",\"value\":2},{\"indicator\":\"KM4\",\"value\":1}]");
		// stunting above the Tây Nguyên level of 26,5 %: not a standard commune, so not a model one
		record(STANDARD, "[{\"indicator\":\"15.3\",\"value\":\"30\"}]");
		modelStatus()
			.andExpect(jsonPath("$.criteria[0].status").value("NOT_MET"))
			.andExpect(jsonPath("$.criteria[0].indicators[0].value").value("Không đạt"))
			.andExpect(jsonPath("$.criteria[2].status").value("MET"))
			.andExpect(jsonPath("$.status").value("NOT_MET"))
			.andExpect(jsonPath("$.allMet").value(false));

		// the standard set now lacks data only; the advanced set cannot be decided until its thresholds are entered
		record(STANDARD, "[{\"indicator\":\"15.3\",\"value\":\"20\"}]");
		modelStatus()
			.andExpect(jsonPath("$.criteria[0].status").value("THRESHOLD_UNKNOWN"))
			.andExpect(jsonPath("$.criteria[0].indicators[0].value").doesNotExist())
			.andExpect(jsonPath("$.status").value("THRESHOLD_UNKNOWN"))
			.andExpect(jsonPath("$.thresholdsUnknownIn", contains(ADVANCED)));
	}

	@Test
	void theModelIncomeLevelIsTenPercentAboveTheAdvancedLevelTheProvinceEntered() throws Exception {
		record(MODEL, "[{\"indicator\":\"KM2\",\"value\":\"56\"}]");
		modelStatus()
			.andExpect(jsonPath("$.criteria[1].status").value("THRESHOLD_UNKNOWN"))
			.andExpect(jsonPath("$.criteria[1].indicators[0].threshold").doesNotExist());

		CriteriaSet advanced = sets.find(ADVANCED).orElseThrow();
		String yaml = ProvinceVersionYaml.write(advanced, "62", advanced.nameVi(), advanced.nameEn(), "12/QĐ-UBND",
				LocalDate.of(2023, 2, 1), i -> i.code().equals("10")
						? Map.of("threshold_by_year", Map.of("2023", Map.of("TN", "50")), "threshold_verified", true)
						: Map.of());
		sets.importYaml(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test");

		modelStatus()
			.andExpect(jsonPath("$.criteria[1].status").value("MET"))
			.andExpect(jsonPath("$.criteria[1].indicators[0].threshold").value("55"))
			.andExpect(jsonPath("$.criteria[1].indicators[0].thresholdSource").value(containsString("12/QĐ-UBND")))
			.andExpect(jsonPath("$.criteria[1].indicators[0].thresholdVerified").value(true));
		record(MODEL, "[{\"indicator\":\"KM2\",\"value\":\"54,9\"}]");
		modelStatus().andExpect(jsonPath("$.criteria[1].status").value("NOT_MET"));
	}
}
