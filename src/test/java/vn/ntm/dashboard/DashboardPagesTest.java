package vn.ntm.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.ntm.identity.Grant;
import vn.ntm.identity.Role;
import vn.ntm.identity.internal.UserAccounts;

/** The overview, matrix, export and commune pages over the demo province, as the coordination office sees them. */
// the same context as AuthorizationMatrixTest and the other MockMvc tests over the demo: no port needed
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "demo" })
class DashboardPagesTest {

	static final String DAK_HA = "615";
	static final String HA_TINH = "42";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	UserAccounts users;

	@Autowired
	PasswordEncoder passwords;

	/** Signed in as a demo account, with its real details (display name, grants). */
	RequestPostProcessor as(String username) {
		return user(accounts.loadUserByUsername(username));
	}

	@Test
	void theOverviewShowsTheDirectiveFiguresInVietnameseFormat() throws Exception {
		mvc.perform(get("/overview").param("unit", "62").param("period", "2022").with(as("vpdp")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("42/85")))
			.andExpect(content().string(containsString("16,00")))
			.andExpect(content().string(containsString("Huyện Đắk Hà")))
			.andExpect(content().string(containsString("DỮ LIỆU DEMO")))
			.andExpect(content().string(containsString("/matrix?unit=62&amp;period=2022&amp;met=all")));
		mvc.perform(get("/overview").param("unit", "62").param("period", "2021").with(as("vpdp")))
			.andExpect(content().string(containsString("15,88")));
	}

	@Test
	void theOverviewSpeaksEnglishOnRequest() throws Exception {
		mvc.perform(get("/overview").param("unit", "62").param("period", "2022").param("lang", "en").with(as("vpdp")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Communes meeting all 19 criteria")))
			.andExpect(content().string(containsString("16.00")));
	}

	@Test
	void aSignedInUserStartsAtTheOverviewOfTheirProvince() throws Exception {
		mvc.perform(get("/").with(as("vpdp"))).andExpect(redirectedUrl("/overview?unit=62"));
	}

	@Test
	void theOverviewWithoutAPeriodShowsTheLatestPeriodWithDataInTheUsersProvince() throws Exception {
		String html = mvc.perform(get("/overview").param("unit", "62").with(as("vpdp")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		String picker = html.substring(html.indexOf("id=\"pick-period\""), html.indexOf("</select>",
				html.indexOf("id=\"pick-period\"")));
		// the demo's periods (others' tests may add later ones): the picker offers them, the latest chosen
		assertThat(picker).startsWith("id=\"pick-period\"").contains("value=\"2021\"").contains("value=\"2023-12\"");
		assertThat(picker.substring(picker.lastIndexOf("<option"))).contains("selected");
	}

	@Test
	void aUserOfAnotherProvinceStartsThereAndSeesNothingOfKonTum() throws Exception {
		String username = "t-office-hatinh";
		if (users.grantsOf(username).isEmpty()) {
			users.create(username, "Văn phòng điều phối Hà Tĩnh (kiểm thử)", passwords.encode("a-Good-passw0rd"),
					List.of(new Grant(Role.COORDINATION_OFFICE, HA_TINH)));
		}
		mvc.perform(get("/").with(as(username))).andExpect(redirectedUrl("/overview?unit=" + HA_TINH));
		for (String page : new String[] { "/overview", "/matrix" }) {
			String html = mvc.perform(get(page).with(as(username)))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
			assertThat(html).as(page).contains("Hà Tĩnh").doesNotContain("Kon Tum").doesNotContain("unit=62")
				.doesNotContain("value=\"62\"").doesNotContain("Đắk Hà");
		}
	}

	@Test
	void aProvinceOutsideTheUsersScopeIsForbidden() throws Exception {
		mvc.perform(get("/overview").param("unit", "42").param("period", "2022").with(as("huyen-dakha")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/matrix").param("unit", "62").param("period", "2022").with(as("huyen-dakha")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/overview").param("unit", DAK_HA).param("period", "2022").with(as("huyen-dakha")))
			.andExpect(status().isOk());
	}

	@Test
	void theMatrixFiltersByDistrictAndByCommunesMeetingAllCriteria() throws Exception {
		String all = mvc.perform(get("/matrix").param("unit", "62").param("period", "2022").param("met", "all").with(as("vpdp")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("42 xã")))
			.andReturn().getResponse().getContentAsString();
		assertThat(all).contains("✓").contains("Chú giải");
		mvc.perform(get("/matrix").param("unit", "62").param("period", "2022").param("district", DAK_HA).with(as("vpdp")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Xã Đắk Mar")))
			.andExpect(content().string(not(containsString("Xã Ngọc Bay"))));
	}

	@Test
	void theMatrixExportsToExcelWithVietnameseHeadings() throws Exception {
		byte[] xlsx = mvc.perform(get("/matrix/export.xlsx").param("unit", "62").param("period", "2022").with(as("vpdp")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = wb.getSheetAt(0);
			assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Xã");
			assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("Số tiêu chí đạt");
			assertThat(sheet.getRow(2).getCell(6).getStringCellValue()).startsWith("1. Quy hoạch");
			assertThat(sheet.getRow(2).getLastCellNum()).isEqualTo((short) (6 + 19));
			assertThat(sheet.getLastRowNum()).isEqualTo(2 + 85);
			long allMet = 0;
			for (int r = 3; r <= sheet.getLastRowNum(); r++) {
				if (sheet.getRow(r).getCell(4).getStringCellValue().equals("Có")) allMet++;
			}
			assertThat(allMet).isEqualTo(42);
		}
	}

	@Test
	void theCommunePageShowsValuesThresholdsSourcesAndRecognitions() throws Exception {
		mvc.perform(get("/units/23512").param("period", "2022").with(as("vpdp")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Xã Đắk Mar")))
			.andExpect(content().string(containsString("Ngưỡng minh họa (demo)")))
			.andExpect(content().string(containsString("NTM nâng cao")))
			.andExpect(content().string(containsString("Lịch sử thay đổi số liệu")));
	}

	@Test
	void onlyUsersWhoMayWriteSomeValueOfTheCommuneAreOfferedValueEntry() throws Exception {
		for (String writer : new String[] { "vpdp", "huyen-dakha", "xa-dakmar", "so-gtvt" }) {
			mvc.perform(get("/units/23512").param("period", "2022").with(as(writer)))
				.andExpect(content().string(containsString("id=\"enter-values\"")));
		}
		for (String reader : new String[] { "lanhdao" }) {
			mvc.perform(get("/units/23512").param("period", "2022").with(as(reader)))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("id=\"enter-values\""))));
		}
	}

	@Test
	void theModelCommuneSetIsChosenOnTheCommunePageAndItsDerivedIndicatorIsNeverTyped() throws Exception {
		String model = "xa-ntm-kieu-mau-2021-2025";
		mvc.perform(get("/units/23512").param("period", "2023-12").param("set", model).with(as("vpdp")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("KM3")))
			.andExpect(content().string(containsString("value=\"" + model + "\" selected=\"selected\"")))
			.andExpect(content().string(containsString("set=" + model)));

		String form = mvc.perform(get("/units/23512/values/2023-12").param("set", model).with(as("vpdp")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(form).contains("name=\"value[KM3]\"").contains("set=" + model);
		assertThat(form).containsPattern("name=\"value\\[KM1\\]\"[^>]*disabled|disabled[^>]*name=\"value\\[KM1\\]\"");
	}

	@Test
	void theValueFormDisablesWhatTheUserMayNotWrite() throws Exception {
		mvc.perform(get("/units/23512/values/2022").with(as("vpdp")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"version[2.1]\"")))
			.andExpect(content().string(not(containsString("disabled=\"disabled\""))));
		mvc.perform(get("/units/23512/values/2022").with(as("lanhdao")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("disabled=\"disabled\"")));
	}

	@Test
	void aBadValueIsExplainedInVietnameseAndNothingIsSaved() throws Exception {
		String before = mvc.perform(get("/units/23512").param("period", "2024").with(as("vpdp")))
			.andReturn().getResponse().getContentAsString();
		mvc.perform(post("/units/23512/values/2024").with(as("vpdp")).with(csrf())
				.param("value[2.1]", "120").param("original[2.1]", "").param("version[2.1]", "0")
				.param("value[15.3]", "12").param("original[15.3]", "").param("version[15.3]", "0"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("phải từ 0 đến 100")))
			.andExpect(content().string(containsString("Không ghi giá trị nào")));
		String after = mvc.perform(get("/units/23512").param("period", "2024").with(as("vpdp")))
			.andReturn().getResponse().getContentAsString();
		assertThat(criteriaMet(after)).isEqualTo(criteriaMet(before));
		assertThat(after).doesNotContain(">12<");
	}

	@Test
	void aStaleVersionIsAConflictShowingBothValues() throws Exception {
		mvc.perform(post("/units/23512/values/2024-02").with(as("vpdp")).with(csrf())
				.param("value[15.3]", "20").param("original[15.3]", "").param("version[15.3]", "0"))
			.andExpect(status().isOk());
		mvc.perform(post("/units/23512/values/2024-02").with(as("vpdp")).with(csrf())
				.param("value[15.3]", "22").param("original[15.3]", "").param("version[15.3]", "0"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Người khác đã thay đổi số liệu này sau khi bạn mở")))
			.andExpect(content().string(containsString("20")))
			.andExpect(content().string(containsString("22")));
	}

	@Test
	void writingWithoutTheRightIsForbiddenAndChangesNothing() throws Exception {
		mvc.perform(post("/units/23512/values/2024-03").with(as("lanhdao")).with(csrf())
				.param("value[15.3]", "20").param("original[15.3]", "").param("version[15.3]", "0"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/units/23512/values/2024-03").with(as("vpdp")))
			.andExpect(content().string(not(containsString("value=\"20\""))));
	}

	private static String criteriaMet(String html) {
		int i = html.indexOf("id=\"unit-met\"");
		return html.substring(i, html.indexOf("</div>", i));
	}

	@Test
	void theOverviewsDistrictTableExportsToExcelWithTheProvinceFirst() throws Exception {
		byte[] xlsx = mvc.perform(get("/overview/export.xlsx").param("unit", "62").param("period", "2022").with(as("vpdp")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("tong-quan-62-2022.xlsx")))
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = wb.getSheetAt(0);
			int header = -1;
			for (int r = 0; r <= sheet.getLastRowNum() && header < 0; r++) {
				if (sheet.getRow(r) != null && sheet.getRow(r).getCell(0) != null
						&& "Huyện, thành phố".equals(sheet.getRow(r).getCell(0).getStringCellValue())) {
					header = r;
				}
			}
			assertThat(header).as("header row").isNotNegative();
			var province = sheet.getRow(header + 1);
			assertThat(province.getCell(0).getStringCellValue()).isEqualTo("Tỉnh Kon Tum");
			assertThat(province.getCell(1).getNumericCellValue()).isEqualTo(85);
			assertThat(province.getCell(2).getNumericCellValue()).isEqualTo(42);
			assertThat(province.getCell(3).getNumericCellValue()).isEqualTo(16.0);
			assertThat(province.getCell(4).getNumericCellValue()).isEqualTo(36);
			assertThat(sheet.getLastRowNum()).isEqualTo(header + 1 + 10);
		}
		mvc.perform(get("/overview/export.xlsx").param("unit", "62").param("period", "2022").with(as("huyen-dakha")))
			.andExpect(status().isForbidden());
	}
}
