package vn.ntm.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The values, status and summary API as a client uses it, against the real reference units and criteria sets.
 * Runs on H2 and on PostgreSQL (subclasses).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
abstract class ValuesApiContract {

	static final String DAK_MAR = "23512";
	static final RequestPostProcessor ADMIN = httpBasic("admin", "test-admin-password");

	@Autowired
	MockMvc mvc;

	@Test
	void aValidBatchIsStoredAndShowsInTheStatusWithItsThreshold() throws Exception {
		mvc.perform(put("/api/v1/units/{code}/values/2023", DAK_MAR).with(ADMIN).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"values":[{"indicator":"1.1","value":"Đạt","note":"Quyết định phê duyệt quy hoạch"},
					           {"indicator":"1.2","value":true},
					           {"indicator":"15.3","value":"21,5"},
					           {"indicator":"2.1","value":85}]}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(4));

		mvc.perform(get("/api/v1/units/{code}/status", DAK_MAR).param("period", "2023").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.criteria[0].status").value("MET"))
			.andExpect(jsonPath("$.criteria[0].indicators[0].value").value("Đạt"))
			// stunting rate ≤ 26,5 % in Tây Nguyên: the one numeric threshold the reference set knows for Kon Tum
			.andExpect(jsonPath("$.criteria[14].indicators[2].status").value("MET"))
			.andExpect(jsonPath("$.criteria[14].indicators[2].threshold").value(containsString("26.5")))
			// the transport thresholds are unknown: never counted as met
			.andExpect(jsonPath("$.criteria[1].indicators[0].status").value("THRESHOLD_UNKNOWN"))
			.andExpect(jsonPath("$.criteria[1].indicators[1].status").value("NO_DATA"))
			.andExpect(jsonPath("$.allMet").value(false));
	}

	@Test
	void oneBadValueRejectsTheWholeBatchAndNamesEveryProblem() throws Exception {
		mvc.perform(put("/api/v1/units/{code}/values/2023-05", DAK_MAR).with(ADMIN).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"values":[{"indicator":"1.1","value":"Đạt"},
					           {"indicator":"2.1","value":120},
					           {"indicator":"4.2","value":"nhiều"},
					           {"indicator":"9.99","value":1},
					           {"indicator":"17.4","value":-3},
					           {"indicator":"8.1","value":"có lẽ"}]}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors", hasSize(5)))
			.andExpect(jsonPath("$.errors[*].code", hasItem("percent-out-of-range")))
			.andExpect(jsonPath("$.errors[*].code", hasItem("not-a-number")))
			.andExpect(jsonPath("$.errors[*].code", hasItem("unknown-indicator")))
			.andExpect(jsonPath("$.errors[*].code", hasItem("negative-value")))
			.andExpect(jsonPath("$.errors[*].code", hasItem("not-yes-no")))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("2.1")));

		mvc.perform(get("/api/v1/units/{code}/values/2023-05", DAK_MAR).with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void malformedPeriodsUnknownUnitsAndSetsOutOfForceAreRefused() throws Exception {
		String one = """
				{"values":[{"indicator":"1.1","value":"Đạt"}]}""";
		mvc.perform(put("/api/v1/units/{code}/values/2023-13", DAK_MAR).with(ADMIN).contentType(MediaType.APPLICATION_JSON).content(one))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("period"));
		mvc.perform(put("/api/v1/units/{code}/values/2023", "99999").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content(one))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("unknown-unit"));
		mvc.perform(put("/api/v1/units/{code}/values/2019", DAK_MAR).with(ADMIN).param("set", "xa-ntm-2021-2025")
			.contentType(MediaType.APPLICATION_JSON).content(one))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("set-not-valid"));
	}

	@Test
	void aStaleVersionIsAConflictAndChangesNothing() throws Exception {
		String commune = "23503";
		mvc.perform(put("/api/v1/units/{code}/values/2023-02", commune).with(ADMIN).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"values":[{"indicator":"4.1","value":"Đạt"}]}"""))
			.andExpect(status().isOk());
		mvc.perform(put("/api/v1/units/{code}/values/2023-02", commune).with(ADMIN).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"values":[{"indicator":"4.1","value":"Không đạt","version":1}]}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.updated").value(1));
		mvc.perform(put("/api/v1/units/{code}/values/2023-02", commune).with(ADMIN).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"values":[{"indicator":"4.1","value":"Đạt","version":1}]}"""))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.conflicts[0].currentValue").value("Không đạt"));
		mvc.perform(get("/api/v1/units/{code}/history", commune).with(ADMIN).param("indicator", "4.1"))
			.andExpect(jsonPath("$", hasSize(2)));
	}

	@Test
	void severalValuesChangeTogetherAndKeepTheirHistory() throws Exception {
		String commune = "23380";
		mvc.perform(put("/api/v1/units/{code}/values/2023-04", commune).with(ADMIN).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"values":[{"indicator":"2.1","value":50},{"indicator":"2.2","value":60},{"indicator":"8.1","value":"Đạt"}]}"""))
			.andExpect(status().isOk()).andExpect(jsonPath("$.created").value(3));
		mvc.perform(put("/api/v1/units/{code}/values/2023-04", commune).with(ADMIN).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"values":[{"indicator":"2.1","value":55,"version":1},{"indicator":"2.2","value":"65,5","version":1},
					           {"indicator":"8.1","value":"Không đạt","version":1}]}"""))
			.andExpect(status().isOk()).andExpect(jsonPath("$.updated").value(3));
		mvc.perform(get("/api/v1/units/{code}/values/2023-04", commune).with(ADMIN))
			.andExpect(jsonPath("$[?(@.indicatorCode == '2.2')].number").value(hasItem(65.5)))
			.andExpect(jsonPath("$[?(@.indicatorCode == '8.1')].text").value(hasItem("Không đạt")))
			.andExpect(jsonPath("$[?(@.indicatorCode == '2.1')].version").value(hasItem(2)));
		mvc.perform(get("/api/v1/units/{code}/history", commune).with(ADMIN).param("indicator", "2.2"))
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].oldValue").value("60"))
			.andExpect(jsonPath("$[0].newValue").value("65.5"));
	}

	@Test
	void theSummaryCountsTheProvincesRuralCommunesPerDistrict() throws Exception {
		mvc.perform(get("/api/v1/units/62/summary").param("period", "2022").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.communesInScope").value(85))
			.andExpect(jsonPath("$.districts", hasSize(10)));
	}

	@Test
	void anonymousCallersAreRefused() throws Exception {
		mvc.perform(get("/api/v1/units/62/summary").param("period", "2022")).andExpect(status().isUnauthorized());
	}

	@Autowired
	Assessments assessments;

	@Test
	void theValuesInForceOfManyCommunesAreTheLatestAtOrBeforeThePeriodsEnd() throws Exception {
		String ui = "23509";
		for (String[] entry : new String[][] { { DAK_MAR, "2021-03", "41" }, { DAK_MAR, "2021-06", "52" },
				{ ui, "2021-05", "60" } }) {
			mvc.perform(put("/api/v1/units/{code}/values/{period}", entry[0], entry[1]).with(ADMIN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"values\":[{\"indicator\":\"17.1\",\"value\":" + entry[2] + "}]}"))
				.andExpect(status().isOk());
		}
		org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
				new org.springframework.security.authentication.UsernamePasswordAuthenticationToken("admin", null,
						java.util.List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority(
								"ROLE_SYSTEM"))));
		try {
			var may = assessments.valuesInForce(java.util.List.of(DAK_MAR, ui), vn.ntm.shared.Period.parse("2021-05"),
					"xa-ntm-2021-2025");
			assertThat(may.get(DAK_MAR).get("17.1").display()).isEqualTo("41");
			assertThat(may.get(ui).get("17.1").display()).isEqualTo("60");
			var december = assessments.valuesInForce(java.util.List.of(DAK_MAR, ui),
					vn.ntm.shared.Period.parse("2021-12"), "xa-ntm-2021-2025");
			assertThat(december.get(DAK_MAR).get("17.1").display()).isEqualTo("52");
			var february = assessments.valuesInForce(java.util.List.of(DAK_MAR), vn.ntm.shared.Period.parse("2021-02"),
					"xa-ntm-2021-2025");
			assertThat(february.get(DAK_MAR)).doesNotContainKey("17.1");
		}
		finally {
			org.springframework.security.core.context.SecurityContextHolder.clearContext();
		}
	}

	@Test
	void valuesBeyondTheStoredPrecisionAreRefusedNotRounded() throws Exception {
		mvc.perform(put("/api/v1/units/{code}/values/2024-02", DAK_MAR).with(ADMIN).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"values":[{"indicator":"17.1","value":1e-400},{"indicator":"17.4","value":0.000000000000000000001},
					           {"indicator":"2.2","value":12.3456789},{"indicator":"2.1","value":"12345678901234567"}]}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors", hasSize(4)))
			.andExpect(jsonPath("$.errors[0].code").value("too-precise"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("17.1")))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("4")))
			.andExpect(jsonPath("$.errors[1].code").value("too-precise"))
			.andExpect(jsonPath("$.errors[2].code").value("too-precise"))
			.andExpect(jsonPath("$.errors[3].code").value("too-large"));
		mvc.perform(get("/api/v1/units/{code}/values/2024-02", DAK_MAR).with(ADMIN)).andExpect(jsonPath("$", hasSize(0)));
		mvc.perform(put("/api/v1/units/{code}/values/2024-02", DAK_MAR).with(ADMIN).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"values":[{"indicator":"2.2","value":12.3456},{"indicator":"17.4","value":"12,50"}]}"""))
			.andExpect(status().isOk()).andExpect(jsonPath("$.created").value(2));
	}

	@Test
	void aRequestHasABoundedNumberOfValuesAndABoundedListOfErrors() throws Exception {
		StringBuilder many = new StringBuilder("{\"values\":[");
		for (int i = 0; i < 501; i++) {
			many.append(i == 0 ? "" : ",").append("{\"indicator\":\"17.1\",\"value\":1}");
		}
		mvc.perform(put("/api/v1/units/{code}/values/2024-03", DAK_MAR).with(ADMIN).contentType(MediaType.APPLICATION_JSON)
			.content(many.append("]}").toString()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].code").value("too-many-values"));
		// nine real indicators with three problems each (note, evidence, value) and 491 unknown ones: 518 errors,
		// the first 500 listed and the rest counted
		StringBuilder bad = new StringBuilder("{\"values\":[");
		String tooLong = ",\"note\":\"" + "n".repeat(1001) + "\",\"evidence\":\"" + "e".repeat(501) + "\"";
		for (String code : List.of("1.1", "1.2", "2.1", "2.2", "4.1", "8.1", "15.3", "17.1", "17.4")) {
			bad.append("{\"indicator\":\"").append(code).append("\",\"value\":\"abc\"").append(tooLong).append("},");
		}
		for (int i = 0; i < 491; i++) {
			bad.append(i == 0 ? "" : ",").append("{\"indicator\":\"x").append(i).append("\",\"value\":1}");
		}
		mvc.perform(put("/api/v1/units/{code}/values/2024-03", DAK_MAR).with(ADMIN).contentType(MediaType.APPLICATION_JSON)
			.content(bad.append("]}").toString()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors", hasSize(500)))
			.andExpect(jsonPath("$.moreErrors").value(18));
	}

	@Test
	void theValuesCarryAnEtagThatIfMatchAndIfNoneMatchUse() throws Exception {
		String commune = "23380";
		var first = mvc.perform(put("/api/v1/units/{code}/values/2024-05", commune).with(ADMIN)
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"values":[{"indicator":"17.1","value":40}]}"""))
			.andExpect(status().isOk()).andReturn().getResponse().getHeader("ETag");
		String read = mvc.perform(get("/api/v1/units/{code}/values/2024-05", commune).with(ADMIN))
			.andExpect(status().isOk()).andReturn().getResponse().getHeader("ETag");
		assertThat(read).isEqualTo(first).startsWith("\"");
		mvc.perform(get("/api/v1/units/{code}/values/2024-05", commune).with(ADMIN).header("If-None-Match", read))
			.andExpect(status().isNotModified());
		String second = mvc.perform(put("/api/v1/units/{code}/values/2024-05", commune).with(ADMIN)
			.header("If-Match", read).contentType(MediaType.APPLICATION_JSON).content("""
					{"values":[{"indicator":"17.1","value":41}]}"""))
			.andExpect(status().isOk()).andReturn().getResponse().getHeader("ETag");
		assertThat(second).isNotEqualTo(read);
		mvc.perform(put("/api/v1/units/{code}/values/2024-05", commune).with(ADMIN).header("If-Match", read)
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"values":[{"indicator":"17.1","value":42}]}"""))
			.andExpect(status().isPreconditionFailed())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string("ETag", second))
			.andExpect(jsonPath("$.type").value("urn:ntm:problem:values-changed"));
		mvc.perform(get("/api/v1/units/{code}/values/2024-05", commune).with(ADMIN))
			.andExpect(jsonPath("$[0].number").value(41));
	}
}
