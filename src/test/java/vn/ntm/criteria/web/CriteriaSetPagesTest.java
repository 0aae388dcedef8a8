package vn.ntm.criteria.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The criteria set pages and the coordination office's import of a version from its official document. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "demo" })
class CriteriaSetPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	RequestPostProcessor as(String username) {
		return user(accounts.loadUserByUsername(username));
	}

	@Test
	void theListOffersTheImportOnlyToTheCoordinationOffice() throws Exception {
		mvc.perform(get("/criteria-sets").with(as("vpdp")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("xa-ntm-2021-2025")))
			.andExpect(content().string(containsString("id=\"import\"")));
		mvc.perform(get("/criteria-sets").with(as("lanhdao")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"import\""))));
	}

	@Test
	void theDemoVersionShowsItsThresholdsWithSourcesAndDemoBadges() throws Exception {
		mvc.perform(get("/criteria-sets/xa-ntm-2021-2025").param("version", "2").with(as("vpdp")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ngưỡng minh họa (demo)")))
			.andExpect(content().string(containsString("Tây Nguyên")))
			.andExpect(content().string(containsString("id=\"versions\"")));
	}

	@Test
	void theModelCommuneSetShowsItsDecisionItsVerifiedConditionsAndWhatItTakesFromTheAdvancedSet() throws Exception {
		mvc.perform(get("/criteria-sets").with(as("vpdp")))
			.andExpect(content().string(containsString("xa-ntm-kieu-mau-2021-2025")));
		mvc.perform(get("/criteria-sets/xa-ntm-kieu-mau-2021-2025").with(as("vpdp")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Quyết định 319/QĐ-TTg")))
			.andExpect(content().string(containsString("baoquangnam.vn")))
			.andExpect(content().string(containsString("Đã kiểm chứng với văn bản")))
			.andExpect(content().string(containsString(
					"Không nhập: đạt khi xã đạt chuẩn theo bộ tiêu chí xa-ntm-nang-cao-2021-2025")))
			.andExpect(content().string(containsString(
					"1,1 × ngưỡng chỉ tiêu 10 của bộ xa-ntm-nang-cao-2021-2025")));
	}

	@Test
	void anImportWithoutItsDocumentOrWithBrokenYamlIsRefusedInVietnamese() throws Exception {
		mvc.perform(multipart("/criteria-sets/import")
				.file(new MockMultipartFile("file", "set.yaml", "application/x-yaml", "set_id: [unclosed".getBytes()))
				.param("province", "62").with(as("vpdp")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Số văn bản: chưa nhập")))
			.andExpect(content().string(containsString("Ngày văn bản: chưa nhập")))
			.andExpect(content().string(containsString("không đọc được dạng YAML")));
	}

	@Test
	void onlyTheProvincesCoordinationOfficeImports() throws Exception {
		mvc.perform(multipart("/criteria-sets/import").file(advancedSet())
				.param("documentNumber", "99/QĐ-UBND").param("documentDate", "2023-04-01").param("province", "62")
				.with(as("lanhdao")).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void theCoordinationOfficeImportsANewVersionWithItsDocument() throws Exception {
		mvc.perform(multipart("/criteria-sets/import").file(advancedSet())
				.param("documentNumber", "123/QĐ-UBND").param("documentDate", "2023-04-01").param("province", "62")
				.with(as("vpdp")).with(csrf()))
			.andExpect(redirectedUrlPattern("/criteria-sets/xa-ntm-nang-cao-2021-2025?version=*"));
		mvc.perform(get("/criteria-sets/xa-ntm-nang-cao-2021-2025").with(as("vpdp")))
			.andExpect(content().string(containsString("123/QĐ-UBND")));
	}

	private static MockMultipartFile advancedSet() throws Exception {
		try (InputStream in = CriteriaSetPagesTest.class.getResourceAsStream("/criteria/commune-advanced-2021-2025.yaml")) {
			return new MockMultipartFile("file", "advanced.yaml", "application/x-yaml", in.readAllBytes());
		}
	}
}
