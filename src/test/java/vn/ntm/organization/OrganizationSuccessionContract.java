package vn.ntm.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.identity.Grant;
import vn.ntm.identity.Role;
import vn.ntm.identity.internal.UserAccounts;
import vn.ntm.shared.Message;
import vn.ntm.shared.platform.Messages;

/**
 * Departments change too (issue #13): Kon Tum's departments end on 30/06/2025 and the new Quảng Ngãi's take over;
 * the coordination office imports its organizations from the Excel template, all or nothing. H2 and PostgreSQL.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Transactional
abstract class OrganizationSuccessionContract {

	static final String KON_TUM = "62";
	static final String QUANG_NGAI = "51";
	static final String HA_TINH = "42";
	static final String OLD_SET = "xa-ntm-2021-2025";
	static final String NEW_SET = "xa-ntm-2026-2030";
	static final LocalDate LAST_DAY = LocalDate.of(2025, 6, 30);
	static final LocalDate MERGER = LocalDate.of(2025, 7, 1);
	static final String HEADER = "Mã;Loại;Tên;Mã đơn vị;Hiệu lực từ;Hiệu lực đến;Đơn vị kế thừa;Bộ tiêu chí;"
			+ "Tiêu chí chủ trì;Tiêu chí phối hợp";

	@Autowired
	Organizations organizations;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts users;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	Messages messages;

	@BeforeEach
	void quangNgai() {
		organizations.loadReference(QUANG_NGAI);
	}

	Organization org(String province, String code) {
		return organizations.findByShortCode(province, code).orElseThrow();
	}

	@Test
	void criterionTwoMovesFromKonTumsTransportDepartmentToQuangNgaisConstructionDepartmentOnTheMergerDate() {
		assertThat(organizations.leadDepartmentFor(OLD_SET, 2, KON_TUM, LAST_DAY))
			.map(Organization::name).hasValue("Sở Giao thông vận tải");
		Organization successor = organizations.leadDepartmentFor(OLD_SET, 2, KON_TUM, MERGER).orElseThrow();
		assertThat(successor.provinceCode()).isEqualTo(QUANG_NGAI);
		assertThat(successor.shortCode()).isEqualTo("so-xd");
		assertThat(successor.name()).isEqualTo("Sở Xây dựng");
		// a report of 2025-03 stays under the old name
		assertThat(organizations.leadDepartmentFor(OLD_SET, 2, KON_TUM, LocalDate.of(2025, 3, 15)))
			.map(Organization::shortCode).hasValue("so-gtvt");
		// the old call, without a date, is unchanged
		assertThat(organizations.leadDepartmentFor(OLD_SET, 2, KON_TUM)).map(Organization::shortCode)
			.hasValue("so-gtvt");
	}

	@Test
	void assignedCriteriaFollowTheSuccession() {
		long transport = org(KON_TUM, "so-gtvt").id();
		long construction = org(QUANG_NGAI, "so-xd").id();
		assertThat(organizations.assignedCriteria(transport, OLD_SET, LAST_DAY)).containsExactly(2);
		assertThat(organizations.assignedCriteria(transport, OLD_SET, MERGER)).isEmpty();
		assertThat(organizations.assignedCriteria(construction, OLD_SET, LAST_DAY)).isEmpty();
		assertThat(organizations.assignedCriteria(construction, OLD_SET, MERGER)).containsExactlyInAnyOrder(1, 2, 9);
		assertThat(organizations.assignedCriteria(construction, NEW_SET, LocalDate.of(2026, 12, 1)))
			.containsExactlyInAnyOrder(1, 2, 8);
		assertThat(organizations.assignedCriteria(transport, OLD_SET)).containsExactly(2);
		long labour = org(KON_TUM, "so-ldtbxh").id();
		assertThat(organizations.inForce(labour, MERGER)).extracting(Organization::shortCode)
			.containsExactly("so-nv", "so-yte");
		assertThat(organizations.successors(transport)).singleElement()
			.isEqualTo(new Succession(transport, construction, MERGER));
		assertThat(organizations.predecessors(construction)).extracting(Succession::predecessorId)
			.contains(transport, org(KON_TUM, "so-xd").id());
	}

	@Test
	void onlyWhatIsInForceOnTheDayIsListed() {
		assertThat(organizations.all(KON_TUM, LAST_DAY)).hasSize(26);
		assertThat(organizations.all(KON_TUM, MERGER)).isEmpty();
		assertThat(organizations.all(QUANG_NGAI, LAST_DAY)).isEmpty();
		assertThat(organizations.all(QUANG_NGAI, MERGER)).hasSize(15)
			.noneMatch(o -> o.kind() == OrganizationKind.DISTRICT_COMMITTEE);
		assertThat(organizations.all(KON_TUM)).hasSize(26);
	}

	@Test
	void endingAnOrganizationIsAuditedAndRefusesACycle() {
		long sponsor = organizations.create(new Organization(0, QUANG_NGAI, OrganizationKind.SPONSOR,
				"Công ty Cổ phần Đường Quảng Ngãi", "cty-duong", null, false, false, 0));
		long construction = org(QUANG_NGAI, "so-xd").id();
		organizations.end(sponsor, LocalDate.of(2026, 6, 30), List.of(construction));
		assertThat(organizations.inForce(sponsor, LocalDate.of(2026, 7, 1))).extracting(Organization::id)
			.containsExactly(construction);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM identity_audit_log WHERE entity_type = 'organization' "
				+ "AND entity_id = ? AND action = 'end'").param(String.valueOf(sponsor)).query(Long.class).single())
			.isOne();
		assertThatThrownBy(() -> organizations.end(construction, LocalDate.of(2026, 12, 31), List.of(sponsor)))
			.isInstanceOf(OrganizationsRefused.class);
		assertThat(org(QUANG_NGAI, "so-xd").validTo()).isNull();
	}

	@Test
	void aGoodSheetIsImportedWithValidityAndSuccessors() throws Exception {
		int count = organizations.importWorkbook(HA_TINH, sheet(
				"so-nnptnt;DEPARTMENT;Sở Nông nghiệp và Phát triển nông thôn;;;30/06/2025;so-nnmt;xa-ntm-2021-2025;3 13;",
				"so-nnmt;Sở, ban, ngành;Sở Nông nghiệp và Môi trường;;01/07/2025;;;xa-ntm-2026-2030;3, 6, 8;",
				"vpdp-ntm;COORDINATION_OFFICE;Văn phòng Điều phối nông thôn mới tỉnh Hà Tĩnh;;;;;;;",
				"ubnd-xa-thach-ha;COMMUNE_COMMITTEE;Ủy ban nhân dân xã Thạch Hà;18400;01/07/2025;;;;;"));
		assertThat(count).isEqualTo(4);
		Organization old = org(HA_TINH, "so-nnptnt");
		assertThat(old.validTo()).isEqualTo(LAST_DAY);
		assertThat(old.toConfirm()).isFalse();
		assertThat(organizations.inForce(old.id(), MERGER)).extracting(Organization::shortCode)
			.containsExactly("so-nnmt");
		assertThat(organizations.leadDepartmentFor(OLD_SET, 13, HA_TINH, MERGER)).map(Organization::shortCode)
			.hasValue("so-nnmt");
		assertThat(organizations.assignedCriteria(org(HA_TINH, "so-nnmt").id(), NEW_SET, MERGER))
			.containsExactlyInAnyOrder(3, 6, 8);
		assertThat(org(HA_TINH, "ubnd-xa-thach-ha").unitCode()).isEqualTo("18400");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM identity_audit_log WHERE entity_type = 'organization' "
				+ "AND action = 'import' AND province_code = ?").param(HA_TINH).query(Long.class).single())
			.isEqualTo(4);
		// the same sheet again changes nothing and adds nothing
		organizations.importWorkbook(HA_TINH, sheet(
				"so-nnptnt;DEPARTMENT;Sở Nông nghiệp và Phát triển nông thôn;;;30/06/2025;so-nnmt;xa-ntm-2021-2025;3 13;",
				"so-nnmt;Sở, ban, ngành;Sở Nông nghiệp và Môi trường;;01/07/2025;;;xa-ntm-2026-2030;3, 6, 8;",
				"vpdp-ntm;COORDINATION_OFFICE;Văn phòng Điều phối nông thôn mới tỉnh Hà Tĩnh;;;;;;;",
				"ubnd-xa-thach-ha;COMMUNE_COMMITTEE;Ủy ban nhân dân xã Thạch Hà;18400;01/07/2025;;;;;"));
		assertThat(organizations.all(HA_TINH)).hasSize(4);
		assertThat(organizations.criterionAssignments(HA_TINH, NEW_SET)).hasSize(3);
	}

	@Test
	void aSuccessorInAnotherProvinceIsNamedWithItsProvince() throws Exception {
		organizations.importWorkbook(HA_TINH,
				sheet("so-gtvt;DEPARTMENT;Sở Giao thông vận tải;;;30/06/2025;51/so-xd;;;"));
		assertThat(organizations.inForce(org(HA_TINH, "so-gtvt").id(), MERGER)).extracting(Organization::provinceCode)
			.containsExactly(QUANG_NGAI);
	}

	@Test
	void aFileThatIsNotTheTemplateIsRefused() throws Exception {
		assertThatThrownBy(() -> organizations.importWorkbook(HA_TINH,
				new ByteArrayInputStream("mã;loại;tên".getBytes(java.nio.charset.StandardCharsets.UTF_8))))
			.isInstanceOfSatisfying(OrganizationsRefused.class, e -> assertThat(e.problems())
				.extracting(Message::key).containsExactly("organization.import.not-xlsx"));
		assertThatThrownBy(() -> organizations.importWorkbook(HA_TINH,
				new ByteArrayInputStream(new byte[5 * 1024 * 1024 + 10])))
			.isInstanceOfSatisfying(OrganizationsRefused.class, e -> assertThat(e.problems())
				.extracting(Message::key).containsExactly("organization.import.too-large"));
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			workbook.createSheet("Trang 1").createRow(0).createCell(0).setCellValue("Danh sách đơn vị");
			workbook.write(out);
			assertThatThrownBy(() -> organizations.importWorkbook(HA_TINH, new ByteArrayInputStream(out.toByteArray())))
				.isInstanceOfSatisfying(OrganizationsRefused.class, e -> assertThat(e.problems())
					.extracting(Message::key).containsExactly("organization.import.no-header"));
		}
		assertThat(organizations.all(HA_TINH)).isEmpty();
	}

	@Test
	void anUnknownKindIsRefused() throws Exception {
		refused(List.of("so-yte;BỆNH VIỆN;Sở Y tế;;;;;;;"), "Dòng 2, cột B (Loại)", "BỆNH VIỆN");
	}

	@Test
	void aDuplicateShortCodeIsRefused() throws Exception {
		refused(List.of("so-yte;DEPARTMENT;Sở Y tế;;;;;;;", "so-tp;DEPARTMENT;Sở Tư pháp;;;;;;;",
				"so-yte;DEPARTMENT;Sở Y tế tỉnh Hà Tĩnh;;;;;;;"), "Dòng 4, cột A (Mã)", "trùng với dòng 2");
	}

	@Test
	void aBadDateIsRefused() throws Exception {
		refused(List.of("so-yte;DEPARTMENT;Sở Y tế;;31/02/2025;;;;;"), "Dòng 2, cột E (Hiệu lực từ)", "31/02/2025");
	}

	@Test
	void anEndBeforeTheStartIsRefused() throws Exception {
		refused(List.of("so-yte;DEPARTMENT;Sở Y tế;;01/07/2025;30/06/2025;;;;"), "Dòng 2, cột F (Hiệu lực đến)",
				"30/06/2025");
	}

	@Test
	void aSuccessorThatDoesNotExistIsRefused() throws Exception {
		refused(List.of("so-gtvt;DEPARTMENT;Sở Giao thông vận tải;;;30/06/2025;so-xay-dung 51/so-khong-co;;;"),
				"Dòng 2, cột G (Đơn vị kế thừa)", "so-xay-dung");
		refused(List.of("so-gtvt;DEPARTMENT;Sở Giao thông vận tải;;;30/06/2025;51/so-khong-co;;;"),
				"Dòng 2, cột G (Đơn vị kế thừa)", "51/so-khong-co");
	}

	@Test
	void aCycleOfSuccessorsIsRefused() throws Exception {
		refused(List.of("so-a;DEPARTMENT;Sở A;;;30/06/2025;so-b;;;", "so-b;DEPARTMENT;Sở B;;;30/06/2025;so-a;;;"),
				"Dòng 2, cột G", "so-a → so-b → so-a");
		refused(List.of("so-a;DEPARTMENT;Sở A;;;30/06/2025;so-b;;;", "so-b;DEPARTMENT;Sở B;;;30/06/2025;so-c;;;",
				"so-c;DEPARTMENT;Sở C;;;30/06/2025;so-a;;;"), "Dòng 4, cột G", "so-c → so-a → so-b → so-c");
	}

	@Test
	void anUnknownSetOrCriterionIsRefused() throws Exception {
		refused(List.of("so-yte;DEPARTMENT;Sở Y tế;;;;;xa-ntm-2031-2035;1;"), "Dòng 2, cột H (Bộ tiêu chí)",
				"xa-ntm-2031-2035");
		refused(List.of("so-yte;DEPARTMENT;Sở Y tế;;;;;xa-ntm-2026-2030;15;"), "Dòng 2, cột I (Tiêu chí chủ trì)",
				"“15”");
	}

	@Test
	void theCoordinationOfficeImportsForItsProvinceOnlyAndSeesEachBadRow() throws Exception {
		String office = username(new Grant(Role.COORDINATION_OFFICE, HA_TINH));
		byte[] bad = bytes(List.of("so-yte;BỆNH VIỆN;Sở Y tế;;;;;;;", "so-tp;DEPARTMENT;Sở Tư pháp;;32/13/2025;;;;;"));
		mvc.perform(multipart("/organizations/import").file(new MockMultipartFile("file", "to-chuc.xlsx",
				"application/octet-stream", bad)).param("province", HA_TINH).with(csrf())
				.with(user(accounts.loadUserByUsername(office))))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problems", List.of(
					messages.get(Message.of("organization.import.kind", 2, "BỆNH VIỆN")),
					messages.get(Message.of("organization.import.valid-from", 3, "32/13/2025")))));
		assertThat(organizations.all(HA_TINH)).isEmpty();
		mvc.perform(multipart("/organizations/import").file(new MockMultipartFile("file", "to-chuc.xlsx",
				"application/octet-stream", bytes(List.of("so-yte;DEPARTMENT;Sở Y tế;;;;;;;")))).param("province", KON_TUM)
				.with(csrf()).with(user(accounts.loadUserByUsername(office))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/organizations/template.xlsx").param("province", KON_TUM)
				.with(user(accounts.loadUserByUsername(office)))).andExpect(status().isForbidden());
		assertThat(organizations.findByShortCode(KON_TUM, "so-yte").orElseThrow().name()).isEqualTo("Sở Y tế");
	}

	@Test
	void theTemplateRoundTrips() throws Exception {
		String office = username(new Grant(Role.COORDINATION_OFFICE, KON_TUM));
		byte[] template = mvc.perform(get("/organizations/template.xlsx").param("province", KON_TUM)
				.with(user(accounts.loadUserByUsername(office)))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
			assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mã");
		}
		assertThat(organizations.importWorkbook(KON_TUM, new ByteArrayInputStream(template))).isEqualTo(26);
		assertThat(organizations.leadDepartmentFor(OLD_SET, 2, KON_TUM, MERGER)).map(Organization::shortCode)
			.hasValue("so-xd");
	}

	@Test
	void theListShowsTheMergerInBothLanguages() throws Exception {
		String admin = username(new Grant(Role.SYSTEM_ADMIN, ""));
		String vi = mvc.perform(get("/organizations").param("province", KON_TUM)
				.with(user(accounts.loadUserByUsername(admin)))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(vi).contains("Đã sáp nhập vào Sở Xây dựng (tỉnh 51) từ 01/07/2025");
		String en = mvc.perform(get("/organizations").param("province", QUANG_NGAI).param("asOf", "2026-12-01")
				.param("lang", "en").with(user(accounts.loadUserByUsername(admin)))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(en).contains("Took over from").contains("Sở Giao thông vận tải (province 62)")
			.doesNotContain("Đã sáp nhập");
	}

	private void refused(List<String> rows, String... named) throws IOException {
		long before = count();
		assertThatThrownBy(() -> organizations.importWorkbook(HA_TINH, sheet(rows.toArray(String[]::new))))
			.isInstanceOfSatisfying(OrganizationsRefused.class, e -> assertThat(
					e.problems().stream().map(messages::get).toList().toString()).contains(named));
		assertThat(count()).isEqualTo(before);
		assertThat(organizations.all(HA_TINH)).isEmpty();
	}

	private long count() {
		return jdbc.sql("SELECT (SELECT COUNT(*) FROM organization_organization) + "
				+ "(SELECT COUNT(*) FROM organization_succession) + "
				+ "(SELECT COUNT(*) FROM organization_criterion_assignment)").query(Long.class).single();
	}

	private String username(Grant grant) {
		String name = "u-" + UUID.randomUUID().toString().substring(0, 8);
		users.create(name, "Test " + name, "{noop}x", List.of(grant));
		return name;
	}

	static ByteArrayInputStream sheet(String... rows) throws IOException {
		return new ByteArrayInputStream(bytes(List.of(rows)));
	}

	static byte[] bytes(List<String> rows) throws IOException {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			XSSFSheet sheet = workbook.createSheet("Tổ chức");
			int r = 0;
			for (String line : concat(HEADER, rows)) {
				Row row = sheet.createRow(r++);
				String[] cells = line.split(";", -1);
				for (int c = 0; c < cells.length; c++) {
					if (!cells[c].isEmpty()) {
						row.createCell(c).setCellValue(cells[c]);
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static List<String> concat(String first, List<String> rest) {
		var all = new java.util.ArrayList<String>(List.of(first));
		all.addAll(rest);
		return all;
	}
}
