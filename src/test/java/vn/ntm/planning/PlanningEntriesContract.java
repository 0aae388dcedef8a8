package vn.ntm.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.ntm.identity.Grant;
import vn.ntm.identity.Role;
import vn.ntm.identity.internal.UserAccounts;
import vn.ntm.organization.Organization;
import vn.ntm.organization.OrganizationKind;
import vn.ntm.organization.SupportAssignment;
import vn.ntm.organization.SupportRole;
import vn.ntm.organization.internal.JdbcOrganizations;

/**
 * Sponsorships and KPI values through the API: recorded by the coordination office only, validated as a whole,
 * optimistically locked, audited, scoped for sponsors. Runs on H2 and on PostgreSQL (subclasses).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
abstract class PlanningEntriesContract {

	static final String PASSWORD = "entries-password-1";
	static final RequestPostProcessor KONTUM_OFFICE = httpBasic("t-office-62", PASSWORD);
	static final RequestPostProcessor HATINH_OFFICE = httpBasic("t-office-42", PASSWORD);
	static final RequestPostProcessor DAK_HA = httpBasic("t-district-615", PASSWORD);
	static final RequestPostProcessor KONTUM_DEPARTMENT = httpBasic("t-dept-62", PASSWORD);
	static final RequestPostProcessor HATINH_DEPARTMENT = httpBasic("t-dept-42", PASSWORD);
	static final RequestPostProcessor SPONSOR_A = httpBasic("t-sponsor-a", PASSWORD);
	static final RequestPostProcessor SPONSOR_B = httpBasic("t-sponsor-b", PASSWORD);

	/** Đắk Ui and Ngok Wang, Đắk Hà district, Kon Tum. */
	static final String DAK_UI = "23509";
	static final String NGOK_WANG = "23515";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcOrganizations organizations;

	@Autowired
	UserAccounts users;

	@Autowired
	PasswordEncoder passwords;

	long sponsorA;
	long sponsorB;

	@BeforeEach
	void sponsorsDepartmentsAndUsers() {
		sponsorA = organization("62", OrganizationKind.SPONSOR, "Công ty A (kiểm thử)", "t-dodau-a");
		sponsorB = organization("62", OrganizationKind.SPONSOR, "Công ty B (kiểm thử)", "t-dodau-b");
		long hatinhDepartment = organization("42", OrganizationKind.DEPARTMENT, "Sở Xây dựng Hà Tĩnh (kiểm thử)",
				"t-so-xd");
		if (organizations.supportedUnits(sponsorA, 2024).isEmpty()) {
			organizations.addSupportAssignment(new SupportAssignment(0, sponsorA, DAK_UI, 2024, SupportRole.SPONSOR));
			organizations.addSupportAssignment(new SupportAssignment(0, sponsorA, NGOK_WANG, 2024, SupportRole.SPONSOR));
			organizations.addSupportAssignment(new SupportAssignment(0, sponsorB, DAK_UI, 2024, SupportRole.SPONSOR));
		}
		user("t-office-62", new Grant(Role.COORDINATION_OFFICE, "62"));
		user("t-office-42", new Grant(Role.COORDINATION_OFFICE, "42"));
		user("t-district-615", new Grant(Role.DISTRICT_OFFICER, "615"));
		user("t-dept-62", new Grant(Role.DEPARTMENT_OFFICER,
				String.valueOf(organizations.findByShortCode("62", "so-gtvt").orElseThrow().id())));
		user("t-dept-42", new Grant(Role.DEPARTMENT_OFFICER, String.valueOf(hatinhDepartment)));
		user("t-sponsor-a", new Grant(Role.SPONSOR, String.valueOf(sponsorA)));
		user("t-sponsor-b", new Grant(Role.SPONSOR, String.valueOf(sponsorB)));
		clean();
	}

	@AfterEach
	void clean() {
		jdbc.sql("DELETE FROM planning_sponsorship WHERE NOT demo").update();
		jdbc.sql("DELETE FROM planning_kpi_value").update();
	}

	private long organization(String province, OrganizationKind kind, String name, String shortCode) {
		return organizations.findByShortCode(province, shortCode).map(Organization::id).orElseGet(
				() -> organizations.create(new Organization(0, province, kind, name, shortCode, null, false, false, 0)));
	}

	private void user(String username, Grant grant) {
		if (users.grantsOf(username).isEmpty()) {
			users.create(username, username, passwords.encode(PASSWORD), List.of(grant));
		}
	}

	private long sponsorships() {
		return jdbc.sql("SELECT COUNT(*) FROM planning_sponsorship WHERE NOT demo").query(Long.class).single();
	}

	private long audited(String entityType, String action) {
		return jdbc.sql("SELECT COUNT(*) FROM identity_audit_log WHERE entity_type = :t AND action = :a")
			.param("t", entityType).param("a", action).query(Long.class).single();
	}

	private static String body(Long sponsor, String unit, Integer year, String committed, String mobilised,
			Long version) {
		return """
				{"province":"62","sponsorId":%s,"unitCode":%s,"year":%s,"committed":%s,"mobilised":%s,
				 "note":"Kiểm thử","version":%s}""".formatted(sponsor, unit == null ? null : "\"" + unit + "\"", year,
				committed == null ? null : "\"" + committed + "\"", mobilised == null ? null : "\"" + mobilised + "\"",
				version);
	}

	private ResultActions record(RequestPostProcessor who, long sponsor, String unit, String committed,
			String mobilised) throws Exception {
		return mvc.perform(post("/api/v1/sponsorships").with(who).contentType(MediaType.APPLICATION_JSON)
			.content(body(sponsor, unit, 2024, committed, mobilised, null)));
	}

	private long recorded(long sponsor, String unit, String committed, String mobilised) throws Exception {
		String json = record(KONTUM_OFFICE, sponsor, unit, committed, mobilised).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

	private BigDecimal committed(long id) {
		return jdbc.sql("SELECT committed_vnd FROM planning_sponsorship WHERE id = :id").param("id", id)
			.query(BigDecimal.class).single();
	}

	// --- sponsorships -----------------------------------------------------------------------------------------

	@Test
	void theOfficeRecordsASponsorshipTypedInVietnameseFormatAndSeesTheTotalsAndTheAuditEntry() throws Exception {
		long audits = audited("sponsorship", "create");
		record(KONTUM_OFFICE, sponsorA, DAK_UI, "1.250.000.000", "500000000")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.committedVnd").value(1250000000))
			.andExpect(jsonPath("$.mobilisedVnd").value(500000000))
			.andExpect(jsonPath("$.version").value(0));
		recorded(sponsorB, NGOK_WANG, "250.000.000", "100.000.000");

		mvc.perform(get("/api/v1/sponsorships").param("province", "62").param("year", "2024").with(KONTUM_OFFICE))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sponsorships.length()").value(2))
			.andExpect(jsonPath("$.totals.committed").value(1500000000))
			.andExpect(jsonPath("$.totals.mobilised").value(600000000))
			.andExpect(jsonPath("$.years[?(@.year == 2024)].totals.mobilised").value(hasItem(600000000)));
		assertThat(audited("sponsorship", "create")).isEqualTo(audits + 2);
		assertThat(jdbc.sql("""
				SELECT username FROM identity_audit_log WHERE entity_type = 'sponsorship' ORDER BY id DESC""")
			.query(String.class).list().getFirst()).isEqualTo("t-office-62");
	}

	@Test
	void aStaleEditOrDeleteIsAConflictShowingTheStoredValueAndChangesNothing() throws Exception {
		long id = recorded(sponsorA, DAK_UI, "1.000.000.000", "0");
		mvc.perform(put("/api/v1/sponsorships/{id}", id).with(KONTUM_OFFICE).contentType(MediaType.APPLICATION_JSON)
			.content(body(sponsorA, DAK_UI, 2024, "1.100.000.000", "300.000.000", 0L)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));

		mvc.perform(put("/api/v1/sponsorships/{id}", id).with(KONTUM_OFFICE).contentType(MediaType.APPLICATION_JSON)
			.content(body(sponsorA, DAK_UI, 2024, "900.000.000", "300.000.000", 0L)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.current.committedVnd").value(1100000000))
			.andExpect(jsonPath("$.current.version").value(1));
		assertThat(committed(id)).isEqualByComparingTo("1100000000");

		mvc.perform(delete("/api/v1/sponsorships/{id}", id).param("version", "0").with(KONTUM_OFFICE))
			.andExpect(status().isConflict());
		assertThat(sponsorships()).isEqualTo(1);

		long deletes = audited("sponsorship", "delete");
		mvc.perform(delete("/api/v1/sponsorships/{id}", id).param("version", "1").with(KONTUM_OFFICE))
			.andExpect(status().isNoContent());
		assertThat(sponsorships()).isZero();
		assertThat(audited("sponsorship", "delete")).isEqualTo(deletes + 1);
		assertThat(audited("sponsorship", "update")).isPositive();
	}

	@Test
	void badAmountsAreRejectedNamingTheFieldAndNothingIsStored() throws Exception {
		record(KONTUM_OFFICE, sponsorA, DAK_UI, "-5", "nhiều")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("committed", "mobilised")))
			.andExpect(jsonPath("$.errors[?(@.field == 'committed')].message")
				.value(hasItem(containsString("Số tiền cam kết"))))
			.andExpect(jsonPath("$.errors[?(@.field == 'committed')].code").value(hasItem("negative")))
			.andExpect(jsonPath("$.errors[?(@.field == 'mobilised')].message")
				.value(hasItem(containsString("Số tiền đã huy động: không phải là số"))));
		record(KONTUM_OFFICE, sponsorA, DAK_UI, "1,250,000,000", "12,5")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].code").value(containsInAnyOrder("not-a-number", "not-whole")));
		// a Hà Tĩnh commune is no unit of a Kon Tum sponsorship
		record(KONTUM_OFFICE, sponsorA, "18112", "1000", "")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("unit", "mobilised")));
		assertThat(sponsorships()).isZero();

		long id = recorded(sponsorA, DAK_UI, "1.000.000", "0");
		record(KONTUM_OFFICE, sponsorA, DAK_UI, "2.000.000", "0")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("duplicate"));
		mvc.perform(put("/api/v1/sponsorships/{id}", id).with(KONTUM_OFFICE).contentType(MediaType.APPLICATION_JSON)
			.content(body(sponsorA, DAK_UI, 2024, "abc", "0", 0L)))
			.andExpect(status().isUnprocessableContent());
		assertThat(committed(id)).isEqualByComparingTo("1000000");
		assertThat(sponsorships()).isEqualTo(1);
	}

	@Test
	void onlyTheProvincesCoordinationOfficeChangesSponsorships() throws Exception {
		long id = recorded(sponsorA, DAK_UI, "1.000.000", "0");
		for (RequestPostProcessor who : List.of(DAK_HA, KONTUM_DEPARTMENT, HATINH_DEPARTMENT, HATINH_OFFICE,
				SPONSOR_A, SPONSOR_B)) {
			record(who, sponsorA, NGOK_WANG, "5.000.000", "0").andExpect(status().isForbidden());
			mvc.perform(put("/api/v1/sponsorships/{id}", id).with(who).contentType(MediaType.APPLICATION_JSON)
				.content(body(sponsorA, DAK_UI, 2024, "9.000.000", "0", 0L)))
				.andExpect(status().isForbidden());
			mvc.perform(delete("/api/v1/sponsorships/{id}", id).param("version", "0").with(who))
				.andExpect(status().isForbidden());
		}
		assertThat(sponsorships()).isEqualTo(1);
		assertThat(committed(id)).isEqualByComparingTo("1000000");
	}

	@Test
	void aSponsorSeesOnlyItsOwnSponsorshipsEvenInAUnitItAlsoSupports() throws Exception {
		recorded(sponsorA, DAK_UI, "1.000.000", "400.000");
		recorded(sponsorB, DAK_UI, "2.000.000", "0");
		mvc.perform(get("/api/v1/sponsorships").param("province", "62").param("year", "2024").with(SPONSOR_B))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sponsorships[*].sponsorId").value(containsInAnyOrder((int) sponsorB)))
			.andExpect(jsonPath("$.totals.committed").value(2000000));
		mvc.perform(get("/api/v1/sponsorships").param("province", "62").param("year", "2024").with(DAK_HA))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sponsorships.length()").value(2));
		mvc.perform(get("/api/v1/sponsorships").param("province", "62").param("year", "2024")
			.with(HATINH_DEPARTMENT)).andExpect(status().isForbidden());
	}

	// --- KPI values -------------------------------------------------------------------------------------------

	private long waterKpi() throws Exception {
		String json = mvc.perform(get("/api/v1/plans/42/2024/progress").with(HATINH_OFFICE))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(json, "$.kpis[0].target.id")).longValue();
	}

	private ResultActions recordKpi(RequestPostProcessor who, long target, String json) throws Exception {
		return mvc.perform(post("/api/v1/plans/42/2024/kpis/{t}/values", target).with(who)
			.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private long kpiValues() {
		return jdbc.sql("SELECT COUNT(*) FROM planning_kpi_value").query(Long.class).single();
	}

	@Test
	void progressShowsTheLatestRecordedKpiValueAndWhetherItMeetsTheTarget() throws Exception {
		long water = waterKpi();
		long audits = audited("kpi-value", "create");
		recordKpi(HATINH_OFFICE, water, """
				{"year":2024,"value":"52,3","source":"Báo cáo 15/BC-SXD"}""")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.value").value(52.3))
			.andExpect(jsonPath("$.period").value("2024"))
			.andExpect(jsonPath("$.recordedBy").value("t-office-42"));
		recordKpi(HATINH_OFFICE, water, """
				{"period":"2024-06","value":"30","source":"Báo cáo 6 tháng"}""")
			.andExpect(status().isCreated());

		mvc.perform(get("/api/v1/plans/42/2024/progress").with(HATINH_OFFICE))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kpis[0].latest").value(52.3))
			.andExpect(jsonPath("$.kpis[0].latestYear").value(2024))
			.andExpect(jsonPath("$.kpis[0].latestSource").value("Báo cáo 15/BC-SXD"))
			.andExpect(jsonPath("$.kpis[0].met").value(true));
		mvc.perform(get("/api/v1/plans/42/2024/progress").param("period", "2024-09").with(HATINH_OFFICE))
			.andExpect(jsonPath("$.kpis[0].latest").value(30))
			.andExpect(jsonPath("$.kpis[0].met").value(false));
		mvc.perform(get("/api/v1/plans/42/2024/progress").param("period", "2023").with(HATINH_OFFICE))
			.andExpect(jsonPath("$.kpis[0].latest").value(24.5))
			.andExpect(jsonPath("$.kpis[0].latestSource").doesNotExist());
		mvc.perform(get("/api/v1/plans/42/2024/kpis/{t}/values", water).with(HATINH_OFFICE))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].period").value(org.hamcrest.Matchers.contains("2024", "2024-06")));
		assertThat(audited("kpi-value", "create")).isEqualTo(audits + 2);
	}

	@Test
	void aBadKpiValueIsRejectedNamingEachFieldAndNothingIsStored() throws Exception {
		long water = waterKpi();
		recordKpi(HATINH_OFFICE, water, """
				{"year":1800,"value":"khoảng một nửa","source":"  "}""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("period", "value", "source")))
			.andExpect(jsonPath("$.errors[?(@.field == 'value')].message")
				.value(hasItem(containsString("Giá trị: không phải là số"))))
			.andExpect(jsonPath("$.errors[?(@.field == 'source')].message")
				.value(hasItem(containsString("Nguồn số liệu"))));
		recordKpi(HATINH_OFFICE, water, """
				{"year":2024,"value":"120","source":"Báo cáo"}""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].code").value("over-100"));
		recordKpi(HATINH_OFFICE, water, """
				{"period":"2024-13","value":"-1","source":"Báo cáo"}""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].code").value(containsInAnyOrder("malformed-period", "negative")));
		assertThat(kpiValues()).isZero();
	}

	@Test
	void onlyTheProvincesCoordinationOfficeRecordsKpiValues() throws Exception {
		long water = waterKpi();
		String json = """
				{"year":2024,"value":"52,3","source":"Báo cáo 15/BC-SXD"}""";
		for (RequestPostProcessor who : List.of(KONTUM_OFFICE, DAK_HA, HATINH_DEPARTMENT, SPONSOR_A)) {
			recordKpi(who, water, json).andExpect(status().isForbidden());
		}
		assertThat(kpiValues()).isZero();
		mvc.perform(get("/api/v1/plans/42/2024/progress").with(HATINH_DEPARTMENT))
			.andExpect(jsonPath("$.kpis[0].latest").value(24.5));
	}
}
