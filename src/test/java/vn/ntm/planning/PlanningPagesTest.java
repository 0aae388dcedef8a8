package vn.ntm.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import java.io.ByteArrayInputStream;
import java.util.Properties;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Plan pages as the coordination office uses them: export, changes with optimistic locking, the audit trail. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "demo" })
class PlanningPagesTest {

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	RequestPostProcessor OFFICE;
	RequestPostProcessor DAK_HA;

	@org.junit.jupiter.api.BeforeEach
	void signIn() {
		OFFICE = user(users.loadUserByUsername("vpdp"));
		DAK_HA = user(users.loadUserByUsername("huyen-dakha"));
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Plans plans;

	@Autowired
	JdbcClient jdbc;

	@Test
	void thePlanExportHoldsOneRowPerNamedTarget() throws Exception {
		byte[] xlsx = mvc.perform(get("/planning/plans/62/2023.xlsx").with(OFFICE))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = wb.getSheetAt(0);
			// row 0 is the table's title, row 1 its header
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Kế hoạch 2023");
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Mục tiêu");
			assertThat(sheet.getLastRowNum()).isEqualTo(13);
			assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("23518");
			assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Xã đạt chuẩn NTM");
		}
	}

	@Test
	void aTargetCommunesGapsExportToExcelWithTheDepartmentResponsible() throws Exception {
		byte[] xlsx = mvc.perform(get("/planning/gaps/23503/export.xlsx").param("period", "2023-07").with(OFFICE))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = wb.getSheetAt(0);
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Tiêu chí");
			assertThat(sheet.getRow(1).getCell(7).getStringCellValue()).isEqualTo("Sở, ngành chủ trì");
			assertThat(sheet.getLastRowNum()).isGreaterThan(1);
			assertThat(sheet.getRow(2).getCell(7).getStringCellValue()).isNotBlank();
		}
	}

	@Test
	void aConfirmedMatchBecomesATargetAStaleVersionIsRejectedAndBothAreAudited() throws Exception {
		Plan plan = plans.find("62", 2022).orElseThrow();
		mvc.perform(post("/planning/plans/62/2022/targets").with(OFFICE).with(csrf())
			.param("tier", "VILLAGE_MODEL").param("unit", "23512|Đăk Mar (Đăk Hà)")
			.param("version", String.valueOf(plan.version())))
			.andExpect(status().is3xxRedirection());
		Plan after = plans.find("62", 2022).orElseThrow();
		assertThat(after.version()).isEqualTo(plan.version() + 1);
		assertThat(after.named(PlanTier.VILLAGE_MODEL)).extracting(Target.Named::unitCode).containsExactly("23512");

		mvc.perform(post("/planning/plans/62/2022/targets").with(OFFICE).with(csrf())
			.param("tier", "VILLAGE_MODEL").param("unit", "23509|Đăk Ui")
			.param("version", String.valueOf(plan.version())))
			.andExpect(status().isConflict());
		assertThat(plans.find("62", 2022).orElseThrow().named(PlanTier.VILLAGE_MODEL)).hasSize(1);

		assertThat(jdbc.sql("SELECT COUNT(*) FROM identity_audit_log WHERE entity_type = 'plan' AND action = 'create'")
			.query(Long.class).single()).isPositive();
	}

	@Test
	void aDistrictOfficerMayReadButNotChangeThePlan() throws Exception {
		Plan plan = plans.find("62", 2023).orElseThrow();
		mvc.perform(get("/planning/plans/615/2023").with(DAK_HA)).andExpect(status().isOk());
		mvc.perform(post("/planning/plans/615/2023/targets").with(DAK_HA).with(csrf())
			.param("tier", "COMMUNE_STANDARD").param("unit", "23509|Đăk Ui")
			.param("version", String.valueOf(plan.version())))
			.andExpect(status().isForbidden());
		assertThat(plans.find("62", 2023).orElseThrow().version()).isEqualTo(plan.version());
	}

	@Test
	void theToDoListAndTheSponsorsPageRender() throws Exception {
		mvc.perform(get("/planning/todo").param("province", "62").param("year", "2023").with(OFFICE))
			.andExpect(status().isOk());
		mvc.perform(get("/planning/sponsors").param("province", "62").param("year", "2023").with(OFFICE))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("demo")));
	}

	private long sponsorships() {
		return jdbc.sql("SELECT COUNT(*) FROM planning_sponsorship").query(Long.class).single();
	}

	private long demoSponsor() {
		return jdbc.sql("SELECT id FROM organization_organization WHERE short_code = 'dodau-demo'").query(Long.class)
			.single();
	}

	@Test
	void aSponsorshipFormWithBadAmountsComesBackWithFieldMessagesAndStoresNothing() throws Exception {
		long before = sponsorships();
		mvc.perform(post("/planning/sponsors").with(OFFICE).with(csrf()).param("province", "62")
			.param("sponsorId", String.valueOf(demoSponsor())).param("unitCode", "23515").param("year", "2022")
			.param("committed", "một tỷ").param("mobilised", "-1"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Số tiền cam kết: không phải là số")))
			.andExpect(content().string(containsString("Số tiền đã huy động: không được là số âm")))
			.andExpect(content().string(containsString("value=\"một tỷ\"")));
		assertThat(sponsorships()).isEqualTo(before);
	}

	@Test
	void aStaleSponsorshipEditShowsBothValuesAndOverwritesNothing() throws Exception {
		mvc.perform(post("/planning/sponsors").with(OFFICE).with(csrf()).param("province", "62")
			.param("sponsorId", String.valueOf(demoSponsor())).param("unitCode", "23515").param("year", "2021")
			.param("committed", "700.000.000").param("mobilised", "0"))
			.andExpect(status().is3xxRedirection());
		long id = jdbc.sql("SELECT id FROM planning_sponsorship WHERE sponsor_year = 2021 AND unit_code = '23515'")
			.query(Long.class).single();
		mvc.perform(post("/planning/sponsors/" + id).with(OFFICE).with(csrf()).param("province", "62")
			.param("version", "0").param("sponsorId", String.valueOf(demoSponsor())).param("unitCode", "23515")
			.param("year", "2021").param("committed", "800.000.000").param("mobilised", "100.000.000"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/planning/sponsors/" + id).with(OFFICE).with(csrf()).param("province", "62")
			.param("version", "0").param("sponsorId", String.valueOf(demoSponsor())).param("unitCode", "23515")
			.param("year", "2021").param("committed", "999.000.000").param("mobilised", "0"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("sponsorship-conflict")))
			.andExpect(content().string(containsString("800.000.000")))
			.andExpect(content().string(containsString("999.000.000")));
		assertThat(jdbc.sql("SELECT committed_vnd FROM planning_sponsorship WHERE id = :id").param("id", id)
			.query(java.math.BigDecimal.class).single()).isEqualByComparingTo("800000000");
	}

	@Test
	void aDistrictOfficerReadsTheSponsorsButMayNotRecordOne() throws Exception {
		long before = sponsorships();
		mvc.perform(get("/planning/sponsors").param("province", "62").param("year", "2023").with(DAK_HA))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("sponsorship-form"))));
		mvc.perform(post("/planning/sponsors").with(DAK_HA).with(csrf()).param("province", "62")
			.param("sponsorId", String.valueOf(demoSponsor())).param("unitCode", "23512").param("year", "2023")
			.param("committed", "1000").param("mobilised", "0"))
			.andExpect(status().isForbidden());
		assertThat(sponsorships()).isEqualTo(before);
	}

	@Test
	void theDemoSponsorSeesItsOwnSponsorshipReadOnly() throws Exception {
		mvc.perform(get("/planning/sponsors").param("province", "62").param("year", "2023")
			.with(user(users.loadUserByUsername("dodau-demo"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Xã Đắk Ui")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("sponsorship-form"))));
	}

	@Test
	void aKpiValueWithoutSourceComesBackOnThePlanPageAndStoresNothing() throws Exception {
		long kpi = plans.find("42", 2024).orElseThrow().kpis().getFirst().id();
		mvc.perform(post("/planning/plans/42/2024/kpis/" + kpi + "/values").with(user(users.loadUserByUsername("admin")))
			.with(csrf()).param("kpiPeriod", "2024").param("value", "52,3"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Nguồn số liệu: chưa nhập.")))
			.andExpect(content().string(containsString("value=\"52,3\"")));
		mvc.perform(post("/planning/plans/42/2024/kpis/" + kpi + "/values").with(OFFICE).with(csrf())
			.param("kpiPeriod", "2024").param("value", "52,3").param("source", "Báo cáo"))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM planning_kpi_value").query(Long.class).single()).isZero();
	}

	@Test
	void everyPlanningLabelExistsInVietnameseAndEnglish() throws Exception {
		Properties base = new Properties();
		Properties vi = new Properties();
		Properties en = new Properties();
		base.load(new java.io.InputStreamReader(getClass().getResourceAsStream("/i18n/planning.properties"),
				java.nio.charset.StandardCharsets.UTF_8));
		vi.load(new java.io.InputStreamReader(getClass().getResourceAsStream("/i18n/planning_vi.properties"),
				java.nio.charset.StandardCharsets.UTF_8));
		en.load(new java.io.InputStreamReader(getClass().getResourceAsStream("/i18n/planning_en.properties"),
				java.nio.charset.StandardCharsets.UTF_8));
		assertThat(vi.keySet()).isEqualTo(base.keySet());
		assertThat(en.keySet()).isEqualTo(base.keySet());
	}

	@Test
	void theOfficeAddsKpiAndAggregateTargetsAndABadOneNamesItsFieldsAndAddsNothing() throws Exception {
		Plan before = plans.find("62", 2022).orElseThrow();
		var bad = mvc.perform(post("/planning/plans/62/2022/kpi-targets").with(OFFICE).with(csrf())
				.param("indicator", "").param("bound", "AT_LEAST").param("targetValue", "nhiều")
				.param("baselineYear", "1890").param("version", String.valueOf(before.version())))
			.andExpect(status().is3xxRedirection()).andReturn();
		@SuppressWarnings("unchecked")
		var errors = (java.util.Map<String, String>) bad.getFlashMap().get("kpiTargetErrors");
		assertThat(errors).containsOnlyKeys("indicator", "targetValue", "baselineYear");
		assertThat(errors.get("targetValue")).contains("Mục tiêu").contains("không phải là số");
		assertThat(plans.find("62", 2022).orElseThrow().version()).isEqualTo(before.version());

		mvc.perform(post("/planning/plans/62/2022/kpi-targets").with(OFFICE).with(csrf())
				.param("indicator", "Tỷ lệ hộ dùng nước sạch tập trung").param("bound", "AT_LEAST")
				.param("targetValue", "50").param("unitOfMeasure", "%").param("deadline", "2025-12-31")
				.param("baselineValue", "31,2").param("baselineYear", "2021")
				.param("version", String.valueOf(before.version())))
			.andExpect(status().is3xxRedirection());
		Plan withKpi = plans.find("62", 2022).orElseThrow();
		assertThat(withKpi.kpis()).anySatisfy(k -> {
			assertThat(k.indicator()).isEqualTo("Tỷ lệ hộ dùng nước sạch tập trung");
			assertThat(k.targetValue()).isEqualByComparingTo("50");
			assertThat(k.baselineValue()).isEqualByComparingTo("31.2");
		});

		var tooMany = mvc.perform(post("/planning/plans/62/2022/aggregate-targets").with(OFFICE).with(csrf())
				.param("description", "12/10 xã").param("tier", "COMMUNE_STANDARD").param("measure", "UNITS_OF_TOTAL")
				.param("count", "12").param("ofTotal", "10").param("version", String.valueOf(withKpi.version())))
			.andReturn();
		assertThat(tooMany.getFlashMap().get("aggregateErrors")).asString().contains("không được lớn hơn");
		mvc.perform(post("/planning/plans/62/2022/aggregate-targets").with(OFFICE).with(csrf())
				.param("description", "100% số xã giữ chỉ tiêu bảo hiểm y tế").param("tier", "COMMUNE_STANDARD")
				.param("measure", "SHARE_OF_UNITS").param("percent", "100").param("indicator", "15.1")
				.param("version", String.valueOf(withKpi.version())))
			.andExpect(status().is3xxRedirection());
		assertThat(plans.find("62", 2022).orElseThrow().aggregates())
			.anySatisfy(a -> assertThat(a.description()).isEqualTo("100% số xã giữ chỉ tiêu bảo hiểm y tế"));
		mvc.perform(get("/planning/plans/62/2022").with(OFFICE))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Tỷ lệ hộ dùng nước sạch tập trung")));

		long version = plans.find("62", 2022).orElseThrow().version();
		mvc.perform(post("/planning/plans/615/2022/kpi-targets").with(DAK_HA).with(csrf())
				.param("indicator", "x").param("bound", "AT_LEAST").param("targetValue", "1")
				.param("version", String.valueOf(version)))
			.andExpect(status().isForbidden());
		assertThat(plans.find("62", 2022).orElseThrow().version()).isEqualTo(version);
	}

	@Test
	void aCommuneOfficerWhoseCommuneMovedProvinceIn2025OpensTheOldProvincesPlans() throws Exception {
		for (int i = 0; i < 3; i++) {
			mvc.perform(get("/planning").with(user(users.loadUserByUsername("xa-dakmar"))))
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
					.redirectedUrlPattern("/planning/plans/62/*"));
		}
	}

	@Test
	void aUserWhoseScopeNamesNoProvinceIsAskedForTheProvinceParameterNotSentToKonTum() throws Exception {
		var response = mvc.perform(get("/planning").with(user(users.loadUserByUsername("admin"))))
			.andExpect(status().isBadRequest()).andReturn().getResponse();
		assertThat(response.getErrorMessage() + response.getContentAsString()).contains("province");
		mvc.perform(get("/planning").param("province", "62").with(OFFICE))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.redirectedUrlPattern("/planning/plans/62/*"));
	}
}
