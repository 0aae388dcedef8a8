package vn.ntm.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import vn.ntm.criteria.Tier;
import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Geography;
import vn.ntm.geography.UnitLevel;
import vn.ntm.recognition.Recognitions;

/**
 * Keeping the standard on the demo's Kon Tum: a recognised commune whose criterion 17 indicator falls below its
 * threshold in 2024-03 is listed from the next request on, for as long as it stays below, and leaves the list when
 * the value recovers; after 3 months (the setting here) it is "long below".
 */
@SpringBootTest(properties = "ntm.standard.months-below=3")
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "demo" })
class StandardAlertsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	Geography geography;

	@Autowired
	Recognitions recognitions;

	RequestPostProcessor as(String username) {
		return user(accounts.loadUserByUsername(username));
	}

	/** A recognised commune, with an indicator of criterion 17 that it meets against a numeric "at least" threshold. */
	record Subject(String commune, String indicator, BigDecimal threshold) {
	}

	Subject subject() throws Exception {
		LocalDate date = LocalDate.of(2024, 2, 29);
		List<String> communes = geography.units("62", UnitLevel.COMMUNE, date).stream().map(AdministrativeUnit::code)
			.toList();
		Map<String, Tier> held = recognitions.heldTiers(communes, date);
		for (String commune : held.keySet().stream().sorted().toList()) {
			String json = mvc.perform(get("/api/v1/units/{c}/status", commune).param("period", "2024-02").with(as("vpdp")))
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
			List<Map<String, Object>> lines = JsonPath.read(json,
					"$.criteria[?(@.number == 17)].indicators[?(@.comparison == '>=' && @.status == 'MET')]");
			for (Map<String, Object> line : lines) {
				Object threshold = line.get("threshold");
				if (threshold != null && threshold.toString().matches("[0-9]+([.,][0-9]+)?")) {
					return new Subject(commune, (String) line.get("code"),
							new BigDecimal(threshold.toString().replace(',', '.')));
				}
			}
		}
		throw new AssertionError("no recognised commune of Kon Tum meets a numeric indicator of criterion 17 in 2024-02");
	}

	void record(Subject s, String period, BigDecimal value) throws Exception {
		mvc.perform(put("/api/v1/units/{c}/values/{p}", s.commune(), period).with(as("vpdp")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"values\":[{\"indicator\":\"" + s.indicator() + "\",\"value\":" + value.toPlainString()
					+ ",\"note\":\"giữ chuẩn test\"}]}"))
			.andExpect(status().isOk());
	}

	List<Map<String, Object>> alertsOf(Subject s, String period) throws Exception {
		String json = mvc.perform(get("/api/v1/alerts/standard").param("unit", "62").param("period", period)
			.with(as("vpdp"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return JsonPath.read(json, "$.alerts[?(@.unitCode == '" + s.commune() + "' && @.criterion == 17)]");
	}

	@Test
	void aRecognisedCommuneBelowAThresholdIsListedUntilItsValueRecovers() throws Exception {
		Subject s = subject();
		assertThat(alertsOf(s, "2024-02")).isEmpty();

		record(s, "2024-03", s.threshold().subtract(BigDecimal.ONE));
		List<Map<String, Object>> march = alertsOf(s, "2024-03");
		assertThat(march).singleElement().satisfies(a -> {
			assertThat(a.get("since")).isEqualTo("2024-03");
			assertThat(a.get("monthsBelow")).isEqualTo(0);
			assertThat(a.get("longBelow")).isEqualTo(false);
			assertThat(JsonPath.<List<String>>read(a, "$.failing[*].code")).contains(s.indicator());
		});
		// no new value in the months after: the value of March stays in force, and so does the alert
		assertThat(alertsOf(s, "2024-06")).singleElement().satisfies(a -> {
			assertThat(a.get("since")).isEqualTo("2024-03");
			assertThat(a.get("monthsBelow")).isEqualTo(3);
			assertThat(a.get("longBelow")).isEqualTo(true);
		});
		String page = mvc.perform(get("/standard").param("unit", "62").param("period", "2024-06").with(as("vpdp")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"alert-" + s.commune() + "-17\"").contains("Quá thời hạn");

		record(s, "2024-07", s.threshold());
		assertThat(alertsOf(s, "2024-07")).isEmpty();
		assertThat(alertsOf(s, "2024-06")).hasSize(1);
	}

	@Test
	void aRecognisedCommunesPageSetsTheDecisionBesideTheLevelTheDataReach() throws Exception {
		Subject s = subject();
		String page = mvc.perform(get("/units/{c}", s.commune()).param("period", "2024-02").with(as("vpdp")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"level-explained\"").contains("tính từ số liệu đã nhập, đến kỳ")
			.containsPattern("Công nhận: quyết định số [^<]+ ngày \\d{2}/\\d{2}/\\d{4}");
	}

	@Test
	void aCommuneOfficerReadsOnlyTheirOwnCommune() throws Exception {
		mvc.perform(get("/api/v1/alerts/standard").param("unit", "62").param("period", "2024-06").with(as("xa-dakmar")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/alerts/standard").param("unit", "23512").param("period", "2024-06")
			.with(as("xa-dakmar"))).andExpect(status().isOk());
	}
}
