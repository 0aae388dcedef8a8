package vn.ntm.criteria.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import vn.ntm.identity.Access;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "van-phong-dieu-phoi")
class CriteriaSetsApiTest {

	/** A province's own version (illustrative demo thresholds): the national set with its decision and 2.1 filled. */
	static final String PROVINCE_VERSION = provinceVersion();

	static String provinceVersion() {
		try (var in = CriteriaSetsApiTest.class.getResourceAsStream("/criteria/commune-standard-2021-2025.yaml")) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("%", "%%")
				.replace("set_id: xa-ntm-2021-2025\n", "set_id: xa-ntm-2021-2025\nprovince: \"%s\"\ndemo: true\n"
						+ "document: {number: 111/QĐ-UBND, date: 2022-10-01}\n")
				.replaceFirst("comparison: \">=\"\n        threshold: null",
						"comparison: \">=\"\n        threshold: {all: 100, TN: 90}");
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}


	@Autowired
	WebApplicationContext context;

	MockMvc mvc;

	@MockitoBean
	Access access;

	@BeforeEach
	void signedIn() {
		// Boot 4 no longer applies Spring Security to the auto-configured MockMvc without spring-boot-security-test
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
		given(access.currentUsername()).willReturn("van-phong-dieu-phoi");
		given(access.canManage("62")).willReturn(true);
		given(access.canManage(any())).willAnswer(i -> "62".equals(i.getArgument(0)));
		given(access.readablePaths()).willReturn(java.util.Set.of("/62/"));
	}

	@Test
	void listsTheSetsWithCountsOfKnownVerifiedAndDemoThresholds() throws Exception {
		mvc.perform(get("/api/v1/criteria-sets"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'xa-ntm-2021-2025' && @.province == null)].criteria").value(19))
			.andExpect(jsonPath("$[?(@.code == 'xa-ntm-2021-2025' && @.province == null)].legalBasis.document")
				.value("Quyết định 318/QĐ-TTg"))
			.andExpect(jsonPath("$[?(@.code == 'xa-ntm-2021-2025' && @.province == null)].verifiedThresholds")
				.value(9))
			.andExpect(jsonPath("$[?(@.code == 'xa-ntm-2021-2025' && @.province == null)].demoThresholds").value(0))
			.andExpect(jsonPath("$[*].code", hasItem("huyen-ntm-2021-2025")));
	}

	@Test
	void showsOneSetWithItsIndicatorsAndThresholds() throws Exception {
		mvc.perform(get("/api/v1/criteria-sets/xa-ntm-2021-2025"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.set.version").value(1))
			.andExpect(jsonPath("$.criteria", hasSize(19)))
			.andExpect(jsonPath("$.criteria[14].indicators[2].code").value("15.3"))
			.andExpect(jsonPath("$.criteria[14].indicators[2].comparison").value("<="))
			.andExpect(jsonPath("$.criteria[14].indicators[2].valueType").value("percent"))
			.andExpect(jsonPath("$.criteria[14].indicators[2].thresholds[?(@.region == 'DBSH')].value").value("16.5"))
			.andExpect(jsonPath("$.criteria[1].indicators[0].thresholds[0].known").value(false));
	}

	@Test
	void anUnknownSetIsA404Problem() throws Exception {
		mvc.perform(get("/api/v1/criteria-sets/khong-co"))
			.andExpect(status().isNotFound())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")))
			.andExpect(jsonPath("$.detail").value("Không có bộ tiêu chí 'khong-co'"));
	}

	@Test
	void aProvinceManagerImportsItsOwnVersionAsYamlText() throws Exception {
		mvc.perform(post("/api/v1/criteria-sets").with(csrf()).contentType("application/x-yaml")
				.content(PROVINCE_VERSION.formatted("62")))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/criteria-sets/xa-ntm-2021-2025?version=")))
			.andExpect(jsonPath("$.set.province").value("62"))
			.andExpect(jsonPath("$.set.documentNumber").value("111/QĐ-UBND"))
			.andExpect(jsonPath("$.set.demo").value(true))
			.andExpect(jsonPath("$.set.criteria").value(19))
			.andExpect(jsonPath("$.criteria[1].indicators[0].thresholds[1].region").value("TN"))
			.andExpect(jsonPath("$.criteria[1].indicators[0].thresholds[1].value").value("90"))
			.andExpect(jsonPath("$.criteria[1].indicators[0].thresholds[1].demo").value(true))
			.andExpect(jsonPath("$.criteria[1].indicators[0].thresholds[1].source").value("111/QĐ-UBND ngày 01/10/2022"));

		mvc.perform(get("/api/v1/criteria-sets/xa-ntm-2021-2025").param("province", "62"))
			.andExpect(jsonPath("$.set.province").value("62"));
		mvc.perform(get("/api/v1/criteria-sets/xa-ntm-2021-2025").param("province", "42"))
			.andExpect(jsonPath("$.set.province").doesNotExist());
	}

	@Test
	void aFileCanBeUploadedAsMultipart() throws Exception {
		mvc.perform(multipart("/api/v1/criteria-sets").file(new MockMultipartFile("file", "kon-tum.yaml",
				"application/x-yaml", PROVINCE_VERSION.formatted("62").getBytes(java.nio.charset.StandardCharsets.UTF_8)))
				.with(csrf()))
			.andExpect(status().isCreated());
	}

	@Test
	void importingForAnotherProvinceIsForbiddenAndANationalSetNeedsASystemAdmin() throws Exception {
		mvc.perform(post("/api/v1/criteria-sets").with(csrf()).contentType("text/plain")
				.content(PROVINCE_VERSION.formatted("42")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/criteria-sets").with(csrf()).contentType("text/plain")
				.content(PROVINCE_VERSION.formatted("62").replace("province: \"62\"\n", "")))
			.andExpect(status().isForbidden());
	}

	@Test
	void anInvalidFileIs422WithEveryProblem() throws Exception {
		mvc.perform(post("/api/v1/criteria-sets").with(csrf()).contentType("application/x-yaml")
				.content(PROVINCE_VERSION.formatted("62").replaceFirst("comparison: \">=\"", "comparison: \">>\"").replace("tier: standard\n", "")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")))
			.andExpect(jsonPath("$.errors", hasSize(2)))
			.andExpect(jsonPath("$.errors", hasItem(
					"criteria[1].indicators[0].comparison: giá trị '>>' không hợp lệ (>=, <=, boolean, none)")));
	}
}
