package vn.ntm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

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

import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.CriteriaSets;
import vn.ntm.criteria.SetLevel;
import vn.ntm.criteria.Tier;
import vn.ntm.shared.Period;

/**
 * The demo in December 2026: the two-tier map since 01/07/2025, Kon Tum inside Quảng Ngãi (51), communes reporting
 * to the coordination office instead of districts, and the merged communes' lineage.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "demo" })
class PresentDayTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	Clock clock;

	@Autowired
	CriteriaSets criteriaSets;

	RequestPostProcessor as(String username) {
		return user(accounts.loadUserByUsername(username));
	}

	private YearMonth reportingMonth() {
		return YearMonth.now(clock).minusMonths(1);
	}

	@Test
	void aCommuneOfficerOpensTheirOwnReportOfTheMonthNotTheProvince() throws Exception {
		YearMonth month = reportingMonth();
		String target = "/reporting/submissions?unit=23512&reporter=23512&month=" + month;
		// the menu offers "Báo cáo" to the commune's officer
		mvc.perform(get("/units/23512").with(as("xa-dakmar")))
			.andExpect(content().string(containsString("id=\"nav-reporting\"")));
		mvc.perform(get("/reporting").with(as("xa-dakmar"))).andExpect(redirectedUrl(target));
		mvc.perform(get(target).with(as("xa-dakmar")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Xã Đăk Mar")));
	}

	@Test
	void theObligationsOf2026AreDepartmentsAndCommunesAndNoDistrict() throws Exception {
		String obligations = obligations("vpdp-qn", "51", "2026-11");
		List<String> kinds = kinds(obligations);
		assertThat(kinds).contains("DEPARTMENT", "COMMUNE", "COORDINATION_OFFICE").doesNotContain("DISTRICT");
		// Đăk Mar, formed from Kon Tum's Đắk HRing and Đắk Mar, reports to Quảng Ngãi's office
		assertThat(codes(obligations)).contains("23512").doesNotContain("23506");
		// only rural communes (Xã) owe the NTM report, not wards
		assertThat(codes(obligations).stream().filter(c -> c.matches("\\d{5}")).count()).isEqualTo(86);
		mvc.perform(get("/reporting/compliance").param("unit", "51").param("month", "2026-11").with(as("vpdp-qn")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("UBND các xã (không còn cấp huyện theo Luật Tổ chức chính quyền địa phương số 72/2025/QH15")))
			.andExpect(content().string(containsString("Xã Đăk Mar")));
	}

	@Test
	void konTumsTransportDepartmentReportsAsQuangNgaisConstructionDepartmentAfterTheMerger() throws Exception {
		YearMonth month = reportingMonth();
		String target = "/reporting/submissions?unit=51&reporter=so-xd&month=" + month;
		mvc.perform(get("/reporting").with(as("so-gtvt"))).andExpect(redirectedUrl(target));
		mvc.perform(get(target).with(as("so-gtvt"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Sở Xây dựng")));
		String obligations = obligations("vpdp-qn", "51", "2026-11");
		assertThat(codes(obligations)).contains("so-xd").doesNotContain("so-gtvt");
		// before the merger the old department owes its own report, under its old name
		assertThat(codes(obligations("vpdp", "62", "2025-06"))).contains("so-gtvt");
		mvc.perform(get("/reporting/submissions").param("unit", "62").param("reporter", "so-gtvt")
			.param("month", "2025-06").with(as("so-gtvt"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Sở Giao thông vận tải")));
	}

	@Test
	void beforeTheReformKonTumsDistrictsStillOweTheirReports() throws Exception {
		List<String> kinds = kinds(obligations("vpdp", "62", "2025-06"));
		assertThat(kinds).contains("DISTRICT").doesNotContain("COMMUNE");
	}

	@Test
	void aNewCommunesPageListsTheCommunesItWasFormedFromWithTheirLastStatus() throws Exception {
		mvc.perform(get("/units/23512").param("period", "2026").with(as("vpdp-qn")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"lineage\"")))
			.andExpect(content().string(containsString("Xã Đắk HRing (23506)")))
			.andExpect(content().string(containsString("Xã Đắk Mar (23512)")))
			// the last period before the merger (another test may add a 2024 status to Đắk HRing)
			.andExpect(content().string(matchesPattern("(?s).*tiêu chí \\((Tháng \\d{2}/)?202[1-4]\\).*")))
			.andExpect(content().string(containsString("cần xác nhận")));
		// the old commune's page points to the new one
		mvc.perform(get("/units/23506").param("period", "2023").with(as("vpdp")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"successors\"")))
			.andExpect(content().string(containsString("Xã Đăk Mar (23512)")));
	}

	@Test
	void theNewCommunesOfficerReadsTheHistoryOfTheCommunesMergedIntoItButCannotChangeIt() throws Exception {
		mvc.perform(get("/units/23506").param("period", "2023").with(as("xa-dakmar"))).andExpect(status().isOk());
		String body = """
				{"values":[{"indicator":"2.1","value":"Đạt"}]}""";
		mvc.perform(put("/api/v1/units/23506/values/2024").contentType(MediaType.APPLICATION_JSON).content(body)
			.with(as("xa-dakmar")).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void valuesOfAfterTheMergerForAnOldCommuneAreRefusedNamingItsSuccessor() throws Exception {
		String body = """
				{"values":[{"indicator":"2.1","value":"Đạt"}]}""";
		mvc.perform(put("/api/v1/units/23506/values/2026").contentType(MediaType.APPLICATION_JSON).content(body)
			.with(as("vpdp")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("unit-merged"))
			.andExpect(jsonPath("$.errors[0].message", containsString("Xã Đăk Mar (23512)")))
			.andExpect(jsonPath("$.errors[0].message", containsString("01/07/2025")));
		// the same values for 2024, before the merger, are not refused for that reason
		mvc.perform(put("/api/v1/units/23506/values/2024").contentType(MediaType.APPLICATION_JSON).content(body)
			.with(as("vpdp")).with(csrf()))
			.andExpect(content().string(not(containsString("unit-merged"))));
	}

	@Test
	void theApiListsTheNewCommunesOfQuangNgaiAndALineage() throws Exception {
		String units = mvc.perform(get("/api/v1/units").param("parent", "51").param("level", "commune")
			.param("asOf", "2026-12-01").with(as("vpdp-qn"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		List<String> unitCodes = JsonPath.read(units, "$[*].code");
		assertThat(unitCodes).hasSize(96).contains("23512").doesNotContain("23506");
		String lineage = mvc.perform(get("/api/v1/units/23512/lineage").with(as("vpdp-qn")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(lineage).contains("23506");
		String openApi = mvc.perform(get("/api/v1/openapi").with(as("vpdp-qn"))).andReturn().getResponse()
			.getContentAsString();
		assertThat(openApi).contains("/api/v1/units/{code}/lineage").contains("asOf");
	}

	@Test
	void quangNgaisOfficeOpensOnTheDemo2026FiguresOnThe2026Set() throws Exception {
		mvc.perform(get("/").with(as("vpdp-qn"))).andExpect(redirectedUrl("/overview?unit=51"));
		mvc.perform(get("/overview").param("unit", "51").with(as("vpdp-qn")))
			.andExpect(status().isOk())
			.andExpect(model().attribute("period", Period.parse("2026")));
		// a new commune's 2026 criteria: the ten of the 2026-2030 set, judged with its group's demo levels
		mvc.perform(get("/units/23512").with(as("xa-dakmar")))
			.andExpect(status().isOk())
			.andExpect(model().attribute("period", Period.parse("2026")))
			.andExpect(content().string(containsString("Quy hoạch")))
			.andExpect(content().string(containsString("demo")));
	}

	@Test
	void the2026ValuesTemplateGivesTheLevelsOfEachCommuneGroup() throws Exception {
		var started = mvc.perform(get("/api/v1/imports/values/template").param("unit", "51").param("period", "2026")
			.with(as("vpdp-qn"))).andReturn();
		byte[] xlsx = mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet thresholds = workbook.getSheet("Ngưỡng");
			DataFormatter text = new DataFormatter();
			List<String> head = new ArrayList<>();
			thresholds.getRow(0).forEach(c -> head.add(text.formatCellValue(c)));
			assertThat(head).contains("Ngưỡng nhóm N3");
			int n3 = head.indexOf("Ngưỡng nhóm N3");
			String level = null;
			for (Row row : thresholds) {
				if ("2.1".equals(text.formatCellValue(row.getCell(0)))) {
					level = text.formatCellValue(row.getCell(n3));
				}
			}
			// the demo's N3 level of 2.1 (criteria-2026-2030-demo.yaml)
			assertThat(level).isEqualTo("≥ 85");
		}
	}

	@Test
	void aCommuneCommitteeAndAMergedDepartmentSendTheirReportOf2026AndNotAnotherUnits() throws Exception {
		mvc.perform(multipart("/api/v1/reporting/submissions").param("unit", "23512").param("reporter", "23512")
			.param("month", "2026-11").param("results", "Xã duy trì 8/10 tiêu chí; tiêu chí 8 (môi trường) chưa đạt.")
			.with(as("xa-dakmar")).with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.state").value("SUBMITTED"));
		mvc.perform(multipart("/api/v1/reporting/submissions").param("unit", "51").param("reporter", "so-xd")
			.param("month", "2026-11").param("results", "Hạ tầng giao thông nông thôn: 12 km đường xã.")
			.with(as("so-gtvt")).with(csrf()))
			.andExpect(status().isCreated());
		// another commune's report is not theirs to send
		mvc.perform(multipart("/api/v1/reporting/submissions").param("unit", "51").param("reporter", "23506")
			.param("month", "2026-11").param("results", "x").with(as("xa-dakmar")).with(csrf()))
			.andExpect(status().is4xxClientError());
		String compliance = mvc.perform(get("/api/v1/reporting/compliance").param("unit", "51")
			.param("month", "2026-11").with(as("vpdp-qn"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		List<String> sent = JsonPath.read(compliance, "$[?(@.submittedAt != null)].obligation.reporterCode");
		assertThat(sent).contains("23512", "so-xd");
	}

	@Test
	void aPeriodEndingBeforeTheFifteenthOfFebruary2026IsJudgedOnThe2021SetAfterItOnThe2026Set() {
		assertThat(standardSet(LocalDate.of(2026, 1, 31))).isEqualTo("xa-ntm-2021-2025");
		assertThat(standardSet(LocalDate.of(2026, 2, 14))).isEqualTo("xa-ntm-2021-2025");
		assertThat(standardSet(LocalDate.of(2026, 2, 15))).isEqualTo("xa-ntm-2026-2030");
		assertThat(standardSet(LocalDate.of(2026, 12, 31))).isEqualTo("xa-ntm-2026-2030");
	}

	private String standardSet(LocalDate day) {
		return criteriaSets.inForce(SetLevel.COMMUNE, day, "51").stream().filter(s -> s.tier() == Tier.STANDARD)
			.map(CriteriaSet::code).findFirst().orElseThrow();
	}

	private String obligations(String user, String unit, String month) throws Exception {
		return mvc.perform(get("/api/v1/reporting/obligations").param("unit", unit).param("month", month)
			.with(as(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static List<String> kinds(String obligations) {
		List<String> kinds = JsonPath.read(obligations, "$[*].reporterKind");
		return kinds.stream().distinct().toList();
	}

	private static List<String> codes(String obligations) {
		return JsonPath.read(obligations, "$[*].reporterCode");
	}
}
