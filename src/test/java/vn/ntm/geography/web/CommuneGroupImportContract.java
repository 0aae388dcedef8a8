package vn.ntm.geography.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.ntm.geography.CommuneGroups;
import vn.ntm.geography.Geography;

/**
 * Quảng Ngãi (51) records its commune groups from its grouping decision as the template's Excel sheet; a sheet with
 * a bad row is refused as a whole with each row named. Runs on H2 and on PostgreSQL (subclasses).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
abstract class CommuneGroupImportContract {

	static final String DAK_MAR = "23512";
	static final String AN_PHU = "21034";

	@Autowired
	MockMvc mvc;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService accounts;

	RequestPostProcessor ADMIN;

	@org.junit.jupiter.api.BeforeEach
	void signIn() {
		ADMIN = user(accounts.loadUserByUsername("admin"));
	}

	@Autowired
	Geography geography;

	@Autowired
	CommuneGroups groups;

	@Autowired
	JdbcClient jdbc;

	/** The downloaded template with {code, group, from, document} typed on the communes' rows, extra rows appended. */
	byte[] filled(List<String[]> rows) throws Exception {
		byte[] template = mvc.perform(get("/geography/commune-groups/template.xlsx").param("province", "51").with(ADMIN))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
				var out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.getSheet("Phân nhóm xã");
			int last = sheet.getLastRowNum();
			java.util.Set<Integer> used = new java.util.HashSet<>();
			for (String[] typed : rows) {
				Row row = null;
				for (int r = 0; r <= last && row == null; r++) {
					Row candidate = sheet.getRow(r);
					if (candidate != null && candidate.getCell(0) != null && !used.contains(r)
							&& typed[0].equals(candidate.getCell(0).getStringCellValue())) {
						row = candidate;
						used.add(r);
					}
				}
				if (row == null) {
					row = sheet.createRow(++last);
					row.createCell(0).setCellValue(typed[0]);
				}
				for (int c = 1; c <= 3; c++) {
					row.createCell(c + 1).setCellValue(typed[c]);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	MockMultipartFile file(byte[] bytes) {
		return new MockMultipartFile("file", "phan-nhom-xa-51.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes);
	}

	@Test
	void theTemplateListsTheProvincesCommunesAndAFilledSheetRecordsTheirGroupsWithTheirDates() throws Exception {
		byte[] template = mvc.perform(get("/geography/commune-groups/template.xlsx").param("province", "51").with(ADMIN))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
			String text = new org.apache.poi.xssf.extractor.XSSFExcelExtractor(workbook).getText();
			assertThat(text).contains("23512").contains("Xã Đăk Mar").contains("Mã xã").contains("N1, N2, N3");
		}
		long audits = jdbc.sql("SELECT COUNT(*) FROM identity_audit_log WHERE entity_type = 'commune-group'")
			.query(Long.class).single();
		mvc.perform(multipart("/geography/commune-groups/import").file(file(filled(List.of(
				new String[] { DAK_MAR, "N3", "01/03/2026", "125/QĐ-UBND ngày 20/02/2026" },
				new String[] { AN_PHU, "n1", "01/03/2026", "125/QĐ-UBND ngày 20/02/2026" }))))
			.param("province", "51").with(ADMIN).with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(geography.communeGroup(DAK_MAR, LocalDate.of(2026, 11, 30))).hasValue("N3");
		assertThat(geography.communeGroup(AN_PHU, LocalDate.of(2026, 3, 1))).hasValue("N1");
		assertThat(geography.communeGroup(DAK_MAR, LocalDate.of(2026, 2, 28))).isEmpty();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM identity_audit_log WHERE entity_type = 'commune-group'")
			.query(Long.class).single()).isEqualTo(audits + 2);

		// the province's next decision: the earlier group ends the day before
		mvc.perform(multipart("/geography/commune-groups/import").file(file(filled(List.<String[]>of(
				new String[] { DAK_MAR, "N2", "2027-01-01", "88/QĐ-UBND ngày 15/12/2026" }))))
			.param("province", "51").with(ADMIN).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(geography.communeGroup(DAK_MAR, LocalDate.of(2026, 12, 31))).hasValue("N3");
		assertThat(geography.communeGroup(DAK_MAR, LocalDate.of(2027, 1, 1))).hasValue("N2");
		assertThat(groups.ofProvince("51")).filteredOn(g -> g.unitCode().equals(DAK_MAR))
			.extracting(CommuneGroups.CommuneGroup::validTo).containsExactly(LocalDate.of(2026, 12, 31), null);

		mvc.perform(get("/geography/commune-groups").param("province", "51").with(ADMIN))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Xã Đăk Mar")))
			.andExpect(content().string(containsString("88/QĐ-UBND")));
	}

	@Test
	void aSheetWithBadRowsIsRefusedAsAWholeWithEveryRowNamed() throws Exception {
		long before = jdbc.sql("SELECT COUNT(*) FROM geography_commune_group").query(Long.class).single();
		String response = mvc.perform(multipart("/geography/commune-groups/import").file(file(filled(List.of(
				new String[] { "21028", "N2", "01/03/2026", "125/QĐ-UBND" },
				new String[] { "99999", "N1", "01/03/2026", "125/QĐ-UBND" },
				new String[] { "21034", "N4", "01/03/2026", "125/QĐ-UBND" },
				new String[] { "18133", "N2", "01/03/2026", "125/QĐ-UBND" },
				new String[] { DAK_MAR, "N3", "31/02/2026", "125/QĐ-UBND" },
				new String[] { DAK_MAR, "N3", "01/03/2026", "125/QĐ-UBND" },
				new String[] { "23509", "N3", "01/01/2024", "" }))))
			.param("province", "51").with(ADMIN).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString();
		assertThat(response).contains("mã xã &#39;99999&#39; không có trong danh mục")
			.contains("&#39;N4&#39; không phải N1, N2 hoặc N3")
			.contains("18133 không phải là xã của tỉnh 51 vào ngày 01/03/2026")
			.contains("&#39;31/02/2026&#39; không phải ngày dạng dd/mm/yyyy")
			.contains("xã 23512 đã có ở dòng")
			.contains("23509 không phải là xã của tỉnh 51 vào ngày 01/01/2024")
			.contains("cột Văn bản: chưa nhập")
			.contains("chưa lưu dòng nào");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM geography_commune_group").query(Long.class).single())
			.isEqualTo(before);
		assertThat(geography.communeGroup("21028", LocalDate.of(2026, 6, 1))).isEmpty();
	}

	@Test
	void aFileThatIsNotTheTemplateIsRefused() throws Exception {
		mvc.perform(multipart("/geography/commune-groups/import")
				.file(file("mã xã;nhóm".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
				.param("province", "51").with(ADMIN).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("không đọc được dạng Excel")));
	}
}
