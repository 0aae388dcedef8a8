package vn.ntm.criteria.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import vn.ntm.criteria.CriteriaEngine;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.CriteriaSets;
import vn.ntm.criteria.EvaluationContext;
import vn.ntm.geography.Region;

/** The coordination office types the official thresholds from its document; they become the province's version. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "demo" })
// the new thresholds re-evaluate the demo province: later tests need it as loaded
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ThresholdPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	CriteriaSets sets;

	@Autowired
	UserDetailsService accounts;

	@Test
	void typedThresholdsBecomeANewVerifiedProvinceVersionAndTheRestKeepTheirSource() throws Exception {
		var office = user(accounts.loadUserByUsername("vpdp"));
		mvc.perform(get("/criteria-sets/xa-ntm-2021-2025/thresholds").param("province", "62").with(office))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("t_2_1")))
			.andExpect(content().string(containsString("t_10_2024")));
		int before = sets.inForce("xa-ntm-2021-2025", LocalDate.of(2023, 12, 31), "62").orElseThrow().version();

		mvc.perform(post("/criteria-sets/xa-ntm-2021-2025/thresholds").param("province", "62").with(office).with(csrf())
			.param("documentNumber", "2345/QĐ-UBND").param("documentDate", "2022-09-15")
			.param("t_2_1", "95").param("t_10_2023", "43,5"))
			.andExpect(status().is3xxRedirection());

		CriteriaSet now = sets.inForce("xa-ntm-2021-2025", LocalDate.of(2023, 12, 31), "62").orElseThrow();
		assertThat(now.version()).isGreaterThan(before);
		assertThat(now.provinceCode()).isEqualTo("62");
		var transport = CriteriaEngine.applicableThreshold(now.indicator("2.1").orElseThrow(),
				new EvaluationContext(Region.TN, "62", 2023)).orElseThrow();
		assertThat(transport.value()).isEqualTo("95");
		assertThat(transport.verified()).isTrue();
		assertThat(transport.demo()).isFalse();
		assertThat(transport.source()).contains("2345/QĐ-UBND");
		var income = CriteriaEngine.applicableThreshold(now.indicator("10").orElseThrow(),
				new EvaluationContext(Region.TN, "62", 2023)).orElseThrow();
		assertThat(CriteriaEngine.parseNumber(income.value())).isEqualByComparingTo("43.5");
		var stunting = CriteriaEngine.applicableThreshold(now.indicator("15.3").orElseThrow(),
				new EvaluationContext(Region.TN, "62", 2023)).orElseThrow();
		assertThat(stunting.value()).isEqualTo("26.5");
		assertThat(stunting.source()).doesNotContain("2345/QĐ-UBND");
	}

	@Test
	void aBadThresholdOrAMissingDocumentIsExplainedAndNothingIsStored() throws Exception {
		var office = user(accounts.loadUserByUsername("vpdp"));
		int before = sets.versions("xa-ntm-2021-2025").size();
		mvc.perform(post("/criteria-sets/xa-ntm-2021-2025/thresholds").param("province", "62").with(office).with(csrf())
			.param("documentNumber", "").param("documentDate", "").param("t_2_1", "nhiều"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("không phải là số")))
			.andExpect(content().string(containsString("Số văn bản")));
		assertThat(sets.versions("xa-ntm-2021-2025")).hasSize(before);
	}

	@Test
	void onlyTheProvincesOfficeEntersItsThresholds() throws Exception {
		var district = user(accounts.loadUserByUsername("huyen-dakha"));
		mvc.perform(get("/criteria-sets/xa-ntm-2021-2025/thresholds").param("province", "62").with(district))
			.andExpect(status().isForbidden());
		mvc.perform(post("/criteria-sets/xa-ntm-2021-2025/thresholds").param("province", "62").with(district).with(csrf())
			.param("documentNumber", "1/QĐ").param("documentDate", "2022-01-01").param("t_2_1", "1"))
			.andExpect(status().isForbidden());
	}

	/** The template as downloaded by the office, with the given new thresholds typed beside the indicator codes. */
	private byte[] filledTemplate(String number, Object date, java.util.Map<String, Object> byIndicatorAndYear)
			throws Exception {
		var office = user(accounts.loadUserByUsername("vpdp"));
		byte[] template = mvc.perform(get("/criteria-sets/xa-ntm-2021-2025/thresholds.xlsx").param("province", "62")
				.with(office))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
			Sheet sheet = workbook.getSheet("Ngưỡng");
			assertThat(sheet.getProtect()).isTrue();
			sheet.getRow(2).getCell(1).setCellValue(number);
			if (date instanceof LocalDate d) {
				var style = workbook.createCellStyle();
				style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
				sheet.getRow(3).getCell(1).setCellValue(d);
				sheet.getRow(3).getCell(1).setCellStyle(style);
			}
			else {
				sheet.getRow(3).getCell(1).setCellValue(String.valueOf(date));
			}
			for (int r = 6; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				String key = row.getCell(1).getStringCellValue() + "|" + row.getCell(3).getStringCellValue();
				Object value = byIndicatorAndYear.get(key);
				if (value instanceof Number n) {
					row.getCell(7).setCellValue(n.doubleValue());
				}
				else if (value != null) {
					row.getCell(7).setCellValue(value.toString());
				}
			}
			var out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
	}

	@Test
	void theOfficeFillsTheExcelTemplateAndItBecomesTheProvincesVersion() throws Exception {
		var office = user(accounts.loadUserByUsername("vpdp"));
		int before = sets.versions("xa-ntm-2021-2025").size();
		byte[] filled = filledTemplate("77/QĐ-UBND", LocalDate.of(2023, 3, 1),
				java.util.Map.of("2.1|", 96, "10|2024", "47,5"));

		mvc.perform(multipart("/criteria-sets/xa-ntm-2021-2025/thresholds/import").file(new MockMultipartFile("file",
				"nguong.xlsx", "application/octet-stream", filled)).param("province", "62").with(office).with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(sets.versions("xa-ntm-2021-2025")).hasSize(before + 1);
		CriteriaSet now = sets.inForce("xa-ntm-2021-2025", LocalDate.of(2024, 12, 31), "62").orElseThrow();
		var transport = CriteriaEngine.applicableThreshold(now.indicator("2.1").orElseThrow(),
				new EvaluationContext(Region.TN, "62", 2024)).orElseThrow();
		assertThat(transport.value()).isEqualTo("96");
		assertThat(transport.source()).contains("77/QĐ-UBND").contains("2023");
		var income = CriteriaEngine.applicableThreshold(now.indicator("10").orElseThrow(),
				new EvaluationContext(Region.TN, "62", 2024)).orElseThrow();
		assertThat(CriteriaEngine.parseNumber(income.value())).isEqualByComparingTo("47.5");
	}

	@Test
	void aBadCellInTheWorkbookNamesItsRowAndNothingIsStored() throws Exception {
		var office = user(accounts.loadUserByUsername("vpdp"));
		int before = sets.versions("xa-ntm-2021-2025").size();
		byte[] filled = filledTemplate("78/QĐ-UBND", "01/04/2023", java.util.Map.of("2.1|", "chín mươi", "10|2024", 48));

		mvc.perform(multipart("/criteria-sets/xa-ntm-2021-2025/thresholds/import").file(new MockMultipartFile("file",
				"nguong.xlsx", "application/octet-stream", filled)).param("province", "62").with(office).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("cột &quot;Ngưỡng theo văn bản&quot; (chỉ tiêu 2.1): &quot;chín mươi&quot; không phải là số")))
			.andExpect(content().string(containsString("Dòng ")));
		mvc.perform(multipart("/criteria-sets/xa-ntm-2021-2025/thresholds/import").file(new MockMultipartFile("file",
				"virus.xlsx", "application/octet-stream", "MZ not a workbook".getBytes())).param("province", "62")
				.with(office).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Không đọc được &quot;virus.xlsx&quot;")));
		assertThat(sets.versions("xa-ntm-2021-2025")).hasSize(before);

		var district = user(accounts.loadUserByUsername("huyen-dakha"));
		mvc.perform(get("/criteria-sets/xa-ntm-2021-2025/thresholds.xlsx").param("province", "62").with(district))
			.andExpect(status().isForbidden());
		mvc.perform(multipart("/criteria-sets/xa-ntm-2021-2025/thresholds/import").file(new MockMultipartFile("file",
				"nguong.xlsx", "application/octet-stream", filled)).param("province", "62").with(district).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(sets.versions("xa-ntm-2021-2025")).hasSize(before);
	}
}
