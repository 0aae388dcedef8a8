package vn.ntm.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ntm.organization.AssignmentStatus;
import vn.ntm.organization.CriterionAssignment;
import vn.ntm.organization.Organization;
import vn.ntm.organization.OrganizationChangedConcurrently;
import vn.ntm.organization.OrganizationKind;
import vn.ntm.organization.SupportAssignment;
import vn.ntm.organization.SupportRole;
import vn.ntm.organization.internal.JdbcOrganizations;
import vn.ntm.shared.AuditEvent;

class AuditTests extends IdentityTestSupport {

	@Autowired
	JdbcOrganizations organizationStore;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	UserDetailsService accounts;

	@Test
	void aPublishedAuditEventIsRecordedWithTheActingUser() {
		String username = userWith(new Grant(Role.COMMUNE_OFFICER, "23512"));
		signIn(username);
		transactions.executeWithoutResult(tx -> events.publishEvent(
				new AuditEvent("indicator-value", "23512/2023/xa-ntm-2021-2025/2.1", "update", "40", "55")));

		assertThat(entries("indicator-value", "23512/2023/xa-ntm-2021-2025/2.1"))
				.containsExactly(username + " update 40 55");
	}

	@Test
	void aRolledBackChangeLeavesNoAuditEntry() {
		signIn(userWith(new Grant(Role.COORDINATION_OFFICE, "62")));
		String shortCode = "rollback-" + System.nanoTime() % 100000;
		transactions.executeWithoutResult(tx -> {
			organizationStore.create(new Organization(0, "62", OrganizationKind.SPONSOR, "Tạm", shortCode, null, false,
					false, 0));
			tx.setRollbackOnly();
		});

		assertThat(organizationStore.findByShortCode("62", shortCode)).isEmpty();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM identity_audit_log WHERE new_value LIKE ?")
				.param("%shortCode=" + shortCode + "%").query(Long.class).single()).isZero();
	}

	@Test
	void criterionAndSupportAssignmentChangesAreAudited() {
		String username = userWith(new Grant(Role.COORDINATION_OFFICE, "62"));
		signIn(username);
		CriterionAssignment a = organizations.criterionAssignments("62", "xa-ntm-2021-2025").stream()
				.filter(x -> x.criterionNumber() == 8).findFirst().orElseThrow();
		organizationStore.updateCriterionAssignment(new CriterionAssignment(a.id(), "62", a.setCode(), 8, null,
				a.leadOrganizationId(), Set.of(), AssignmentStatus.CONFIRMED, a.version()));
		long support = organizationStore.addSupportAssignment(
				new SupportAssignment(0, a.leadOrganizationId(), "23512", 2024, SupportRole.SUPPORT));
		organizationStore.removeSupportAssignment(support);

		assertThat(entries("criterion-assignment", String.valueOf(a.id())))
				.anySatisfy(e -> assertThat(e).startsWith(username + " update").contains("status=TO_CONFIRM")
						.endsWith("status=CONFIRMED"));
		assertThat(entries("support-assignment", String.valueOf(support))).hasSize(2);
	}

	@Test
	void userAndRoleChangesAreAudited() {
		String admin = userWith(new Grant(Role.SYSTEM_ADMIN, ""));
		signIn(admin);
		String username = userWith(new Grant(Role.LEADER, "62"));
		users.setGrants(username, List.of(new Grant(Role.DISTRICT_OFFICER, "615")));

		assertThat(entries("user", username)).containsExactly(admin + " create null displayName=Test " + username);
		assertThat(entries("user-roles", username)).contains(admin + " update [LEADER:62] [DISTRICT_OFFICER:615]");
	}

	@Test
	void aConcurrentOrganizationEditIsRefusedAndTheFirstOneKept() throws Exception {
		String vpdp = userWith(new Grant(Role.COORDINATION_OFFICE, "62"));
		signIn(vpdp);
		long id = organizationStore.create(new Organization(0, "62", OrganizationKind.SPONSOR, "Công ty A",
				"cty-a-" + System.nanoTime() % 100000, null, false, false, 0));
		Organization opened = organizations.find(id).orElseThrow();
		organizationStore.update(new Organization(id, "62", opened.kind(), "Công ty A (đổi tên)", opened.shortCode(),
				null, false, false, opened.version()));

		assertThatThrownBy(() -> organizationStore.update(new Organization(id, "62", opened.kind(), "Công ty B",
				opened.shortCode(), null, false, false, opened.version())))
				.isInstanceOf(OrganizationChangedConcurrently.class);
		assertThat(organizations.find(id).orElseThrow().name()).isEqualTo("Công ty A (đổi tên)");

		mvc.perform(post("/organizations/" + id).param("kind", "SPONSOR").param("name", "Công ty C")
				.param("shortCode", opened.shortCode()).param("version", String.valueOf(opened.version()))
				.with(user(accounts.loadUserByUsername(vpdp))).with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("Người khác đã thay đổi")));
	}

	@Test
	void theAuditPageFiltersByUserAndTheExportHasAHeaderAndVietnameseDates() throws Exception {
		String vpdp = userWith(new Grant(Role.COORDINATION_OFFICE, "62"));
		signIn(vpdp);
		transactions.executeWithoutResult(tx -> events.publishEvent(
				new AuditEvent("setting", "deadline", "update", "15", "20", "62")));

		mvc.perform(get("/audit").param("user", vpdp).with(user(accounts.loadUserByUsername(vpdp))))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("deadline")));

		byte[] xlsx = mvc.perform(get("/audit/export.xlsx").param("user", vpdp)
				.with(user(accounts.loadUserByUsername(vpdp)))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Thời điểm");
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(vpdp);
			assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("62");
			assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("deadline");
		}
	}

	List<String> entries(String type, String id) {
		return jdbc.sql("""
				SELECT username, action, old_value, new_value FROM identity_audit_log
				WHERE entity_type = ? AND entity_id = ? ORDER BY id
				""").params(type, id).query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " "
				+ rs.getString(3) + " " + rs.getString(4)).list();
	}

	@Test
	void aCoordinationOfficeReadsAndExportsOnlyTheEntriesOfItsProvince() throws Exception {
		signIn(userWith(new Grant(Role.SYSTEM_ADMIN, "")));
		String marker = "m" + System.nanoTime();
		transactions.executeWithoutResult(tx -> {
			events.publishEvent(new AuditEvent("plan", marker + "-kontum", "update", null, null, "62"));
			events.publishEvent(new AuditEvent("plan", marker + "-hatinh", "update", null, null, "42"));
			events.publishEvent(new AuditEvent("criteria-set-version", marker + "-national", "import", null, null));
		});
		String office = userWith(new Grant(Role.COORDINATION_OFFICE, "62"));
		String admin = userWith(new Grant(Role.SYSTEM_ADMIN, ""));

		String seen = mvc.perform(get("/audit").param("user", "").with(user(accounts.loadUserByUsername(office))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(seen).contains(marker + "-kontum").doesNotContain(marker + "-hatinh")
			.doesNotContain(marker + "-national");
		String hatinh = mvc.perform(get("/audit").param("province", "42")
				.with(user(accounts.loadUserByUsername(office))))
			.andReturn().getResponse().getContentAsString();
		assertThat(hatinh).doesNotContain(marker);

		byte[] exported = mvc.perform(get("/audit/export.xlsx").with(user(accounts.loadUserByUsername(office))))
			.andReturn().getResponse().getContentAsByteArray();
		StringBuilder cells = new StringBuilder();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
			workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.append(cell.toString()).append('|')));
		}
		assertThat(cells).contains(marker + "-kontum").doesNotContain(marker + "-hatinh")
			.doesNotContain(marker + "-national");

		String everything = mvc.perform(get("/audit").with(user(accounts.loadUserByUsername(admin))))
			.andReturn().getResponse().getContentAsString();
		assertThat(everything).contains(marker + "-kontum", marker + "-hatinh", marker + "-national");
	}

	@Test
	void anEntryAboutAUserBelongsToTheProvinceOfItsRoles() {
		String district = userWith(new Grant(Role.DISTRICT_OFFICER, "615"));
		String twoProvinces = userWith(new Grant(Role.LEADER, "62"), new Grant(Role.COMMUNE_OFFICER, "18100"));

		assertThat(userEntryProvince(district)).isEqualTo("62");
		assertThat(userEntryProvince(twoProvinces)).isNull();
	}

	private String userEntryProvince(String username) {
		return jdbc.sql("SELECT province_code FROM identity_audit_log WHERE entity_type = 'user' AND entity_id = ?")
			.param(username).query(String.class).list().get(0);
	}
}
