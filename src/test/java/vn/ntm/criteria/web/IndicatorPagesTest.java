package vn.ntm.criteria.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.ntm.criteria.CriteriaEngine;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.CriteriaSets;
import vn.ntm.criteria.EvaluationContext;
import vn.ntm.criteria.Threshold;
import vn.ntm.geography.CommuneGroups;

/**
 * The office of Quảng Ngãi (51) enters the 2026–2030 indicators with their levels by commune group; a commune of
 * group N3 is then judged against the N3 levels, end to end through the values API.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class IndicatorPagesTest {

	static final String SET = "xa-ntm-2026-2030";

	@Autowired
	MockMvc mvc;

	@Autowired
	CriteriaSets sets;

	@Autowired
	CommuneGroups groups;

	@Autowired
	UserDetailsService accounts;

	private MockHttpServletRequestBuilder line(MockHttpServletRequestBuilder b, int row, String... cells) {
		String[] names = { "criterion", "code", "name", "unit", "type", "cmp", "N1", "N2", "N3", "source", "verified" };
		for (int i = 0; i < cells.length; i++) {
			b.param(names[i] + "_" + row, cells[i]);
		}
		return b;
	}

	private MockHttpServletRequestBuilder form(int rows) {
		return post("/criteria-sets/{code}/indicators", SET).param("province", "51").param("rows", String.valueOf(rows))
			.param("documentNumber", "1520/QĐ-UBND").param("documentDate", "2026-03-10")
			.with(user(accounts.loadUserByUsername("admin"))).with(csrf());
	}

	@Test
	void typedIndicatorsBecomeTheProvincesVersionAndACommuneOfGroupN3IsJudgedAgainstTheN3Levels() throws Exception {
		var request = form(4);
		line(request, 1, "2", "2.1", "Tỷ lệ km đường xã được nhựa hóa hoặc bê tông hóa", "%", "%", ">=", "100", "90",
				"70", "", "có");
		line(request, 2, "1", "1.1", "Có quy hoạch chung xã được phê duyệt", "", "đạt/không đạt", "", "", "", "", "",
				"không");
		line(request, 3, "6", "6.1", "Tỷ lệ hộ nghèo đa chiều", "%", "%", "<=", "2", "", "", "", "");
		mvc.perform(request).andExpect(status().is3xxRedirection());

		CriteriaSet own = sets.inForce(SET, LocalDate.of(2026, 12, 31), "51").orElseThrow();
		assertThat(own.provinceCode()).isEqualTo("51");
		assertThat(own.criteria()).hasSize(10);
		Threshold n3 = CriteriaEngine.applicableThreshold(own.indicator("2.1").orElseThrow(),
				new EvaluationContext(null, "51", 2026, "N3")).orElseThrow();
		assertThat(n3.value()).isEqualTo("70");
		assertThat(n3.verified()).isTrue();
		assertThat(n3.source()).contains("1520/QĐ-UBND");
		assertThat(CriteriaEngine.applicableThreshold(own.indicator("6.1").orElseThrow(),
				new EvaluationContext(null, "51", 2026, "N3"))).isEmpty();
		// the 2025 period still uses the 2021–2025 set
		assertThat(sets.inForce(vn.ntm.criteria.SetLevel.COMMUNE, LocalDate.of(2025, 12, 31), "51"))
			.extracting(CriteriaSet::code).contains("xa-ntm-2021-2025").doesNotContain(SET);
		assertThat(sets.inForce(vn.ntm.criteria.SetLevel.COMMUNE, LocalDate.of(2026, 12, 31), "51"))
			.extracting(CriteriaSet::code).contains(SET).doesNotContain("xa-ntm-2021-2025");

		mvc.perform(get("/criteria-sets/{code}", SET).param("version", String.valueOf(own.version()))
				.with(user(accounts.loadUserByUsername("admin"))))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Nhóm N3")))
			.andExpect(content().string(containsString("Chưa kiểm chứng")));

		groups.record("51", List.of(new CommuneGroups.Entry(1, "23512", "Xã Đăk Mar", "N3", "01/03/2026",
				"125/QĐ-UBND ngày 20/02/2026")), "admin");
		var admin = httpBasic("admin", "test-admin-password");
		mvc.perform(put("/api/v1/units/{code}/values/2026", "23512").with(admin).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"values":[{"indicator":"2.1","value":75},{"indicator":"1.1","value":"Đạt"},
					           {"indicator":"6.1","value":"1,5"}]}"""))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/units/{code}/status", "23512").param("period", "2026").with(admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.setCode").value(SET))
			.andExpect(jsonPath("$.criteria[1].indicators[0].threshold").value(containsString("70")))
			.andExpect(jsonPath("$.criteria[1].indicators[0].status").value("MET"))
			.andExpect(jsonPath("$.criteria[0].indicators[0].status").value("MET"))
			// no N3 level for 6.1: never met
			.andExpect(jsonPath("$.criteria[5].indicators[0].status").value("THRESHOLD_UNKNOWN"))
			.andExpect(jsonPath("$.allMet").value(false));
	}

	@Test
	void badLinesAreRefusedAsAWholeEachRowAndColumnNamed() throws Exception {
		int before = sets.versions(SET).size();
		var request = form(5);
		line(request, 1, "11", "11.1", "Chỉ tiêu ngoài bộ", "", "số", ">=", "1", "1", "1", "", "");
		line(request, 2, "2", "2.1", "Đường xã", "%", "%", ">=", "100", "nhiều", "70", "", "");
		line(request, 3, "2", "2.1", "Đường xã lần hai", "%", "%", ">=", "100", "90", "70", "", "");
		line(request, 4, "3", "3.1", "Thu nhập", "triệu đồng", "văn bản", ">=", "", "", "", "", "");
		line(request, 5, "4", "4.1", "Lao động qua đào tạo", "%", "%", "~", "", "", "", "", "chắc");
		mvc.perform(request).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Dòng 1, cột Tiêu chí: &#39;11&#39; không phải số tiêu chí của bộ (1–10)")))
			.andExpect(content().string(containsString("Dòng 2, cột Ngưỡng N2: &#39;nhiều&#39; không phải là số")))
			.andExpect(content().string(containsString("Dòng 3, cột Mã chỉ tiêu: mã &#39;2.1&#39; trùng với dòng 2")))
			.andExpect(content().string(containsString("Dòng 4, cột Loại giá trị: &#39;văn bản&#39; không hợp lệ")))
			.andExpect(content().string(containsString("Dòng 5, cột So sánh: &#39;~&#39; không hợp lệ")))
			.andExpect(content().string(containsString("Dòng 5, cột Đã kiểm chứng: &#39;chắc&#39;")));
		assertThat(sets.versions(SET)).hasSize(before);
	}

	@Test
	void theExcelSheetImportsIndicatorsAGroupLeftBlankStaysUnknown() throws Exception {
		var admin = user(accounts.loadUserByUsername("admin"));
		byte[] template = mvc.perform(get("/criteria-sets/{code}/indicators.xlsx", SET).param("province", "51").with(admin))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		byte[] filled;
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(template)); var out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.getSheet("Chỉ tiêu");
			Row row = sheet.createRow(sheet.getLastRowNum() + 1);
			String[] cells = { "8", "8.1", "Tỷ lệ hộ được sử dụng nước sạch", "%", "%", ">=", "", "", "", "", "không" };
			for (int i = 0; i < cells.length; i++) {
				row.createCell(i).setCellValue(cells[i]);
			}
			row.createCell(6).setCellValue(95);
			row.createCell(7).setCellValue(85.5);
			workbook.write(out);
			filled = out.toByteArray();
		}
		mvc.perform(multipart("/criteria-sets/{code}/indicators/import", SET).file(new MockMultipartFile("file",
				"chi-tieu.xlsx", "application/octet-stream", filled)).param("province", "51")
				.param("documentNumber", "1600/QĐ-UBND").param("documentDate", "2026-04-01").with(admin).with(csrf()))
			.andExpect(status().is3xxRedirection());
		CriteriaSet own = sets.inForce(SET, LocalDate.of(2026, 12, 31), "51").orElseThrow();
		var water = own.indicator("8.1").orElseThrow();
		assertThat(CriteriaEngine.applicableThreshold(water, new EvaluationContext(null, "51", 2026, "N2"))
			.orElseThrow().value()).isEqualTo("85.5");
		assertThat(CriteriaEngine.applicableThreshold(water, new EvaluationContext(null, "51", 2026, "N3"))).isEmpty();
	}
}
