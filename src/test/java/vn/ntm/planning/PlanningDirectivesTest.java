package vn.ntm.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Reading a directive through the API and the page: a preview of targets and tasks, nothing stored. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "demo" })
class PlanningDirectivesTest {

	static final String DIRECTIVE = """
			Số: 15/CT-UBND
			Kon Tum, ngày 18 tháng 4 năm 2023
			1. Phấn đấu có thêm 03 xã (Dự kiến: xa Pak Ang thuộc huyện Ngọc Hồi; xã Đăk Hà thuộc huyện Tu Mơ Rông;
			thị trấn Đăk Hà thuộc huyện Đăk Hà) đạt chuẩn nông thôn mới.
			2. Sở Nông nghiệp và PTNT chủ trì, phối hợp với Sở Tài chính hướng dẫn thực hiện, hoàn thành trước ngày 30/6/2023.
			3. UBND các huyện báo cáo kết quả trước ngày 20 hằng tháng.
			KT. CHỦ TỊCH
			PHÓ CHỦ TỊCH
			Nguyễn Văn A
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Plans plans;

	RequestPostProcessor office;

	@BeforeEach
	void signIn() {
		office = user(users.loadUserByUsername("vpdp"));
	}

	@Test
	void aPastedDirectiveIsReadIntoItsFrameTargetsAndTasks() throws Exception {
		mvc.perform(post("/api/v1/directives/read").with(office).param("province", "62")
			.contentType(MediaType.TEXT_PLAIN).content(DIRECTIVE))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.number").value("15/CT-UBND"))
			.andExpect(jsonPath("$.date").value("2023-04-18"))
			.andExpect(jsonPath("$.signer").value("Nguyễn Văn A"))
			.andExpect(jsonPath("$.targets[0].tier").value("COMMUNE_STANDARD"))
			.andExpect(jsonPath("$.targets[0].countAgrees").value(true))
			.andExpect(jsonPath("$.targets[0].names[*].status").value(contains("MATCHED", "MATCHED", "MATCHED")))
			.andExpect(jsonPath("$.targets[0].names[*].candidates[0].code").value(contains("23380", "23425", "23500")))
			.andExpect(jsonPath("$.tasks[0].responsible[0]").value("Sở Nông nghiệp và PTNT"))
			.andExpect(jsonPath("$.tasks[0].support[0]").value("Sở Tài chính"))
			.andExpect(jsonPath("$.tasks[0].deadline").value("2023-06-30"))
			.andExpect(jsonPath("$.tasks[1].recurrence.frequency").value("MONTHLY"))
			.andExpect(jsonPath("$.tasks[1].recurrence.day").value(20));
		mvc.perform(get("/api/v1/openapi").with(office))
			.andExpect(content().string(containsString("/api/v1/directives/read")));
	}

	@Test
	void aDocxOrATextFileIsReadAndAnyOtherFileIsRefusedWithTheReason() throws Exception {
		ByteArrayOutputStream docx = new ByteArrayOutputStream();
		try (XWPFDocument doc = new XWPFDocument()) {
			for (String line : DIRECTIVE.split("\n")) {
				doc.createParagraph().createRun().setText(line);
			}
			doc.write(docx);
		}
		mvc.perform(multipart("/api/v1/directives/read").file(new MockMultipartFile("file", "chi-thi-15.docx",
				"application/octet-stream", docx.toByteArray())).with(office))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.number").value("15/CT-UBND"))
			.andExpect(jsonPath("$.targets[0].names[0].candidates[0].code").value("23380"));
		mvc.perform(multipart("/api/v1/directives/read").file(new MockMultipartFile("file", "chi-thi-15.txt",
				"text/plain", DIRECTIVE.getBytes(StandardCharsets.UTF_8))).with(office))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.tasks[0].deadline").value("2023-06-30"));
		mvc.perform(multipart("/api/v1/directives/read").file(new MockMultipartFile("file", "chi-thi-15.pdf",
				"application/pdf", new byte[] { 37, 80, 68, 70 })).with(office))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.detail").value(containsString("chi-thi-15.pdf")));
		mvc.perform(multipart("/api/v1/directives/read").file(new MockMultipartFile("file", "hong.docx",
				"application/octet-stream", "not a zip".getBytes(StandardCharsets.UTF_8))).with(office))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("hong.docx")));
	}

	@Test
	void theUnitMatchAcceptsJsonAsWellAsPlainText() throws Exception {
		mvc.perform(post("/api/v1/units/match").with(office).param("province", "62").param("asOf", "2023-12-31")
			.contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"xã Đăk Ang thuộc huyện Ngọc Hồi\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].status").value("MATCHED"))
			.andExpect(jsonPath("$[0].candidates[0].code").value("23380"));
		mvc.perform(post("/api/v1/units/match").with(office).param("province", "62").param("asOf", "2023-12-31")
			.contentType(MediaType.TEXT_PLAIN).content("xã Đăk Ang thuộc huyện Ngọc Hồi"))
			.andExpect(jsonPath("$[0].candidates[0].code").value("23380"));
	}

	@Test
	void thePageShowsThePreviewAndStoresNothing() throws Exception {
		long version = plans.find("62", 2023).orElseThrow().version();
		mvc.perform(post("/planning/plans/62/2023/directive").with(office).with(csrf()).param("text", DIRECTIVE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("15/CT-UBND")))
			.andExpect(content().string(containsString("Xã Đắk Ang (Huyện Ngọc Hồi, 23380)")))
			.andExpect(content().string(containsString("30/06/2023")));
		mvc.perform(multipart("/planning/plans/62/2023/directive").file(new MockMultipartFile("file", "anh.png",
				"image/png", new byte[] { 1, 2 })).with(office).with(csrf()))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().string(containsString("anh.png")));
		assertThat(plans.find("62", 2023).orElseThrow().version()).isEqualTo(version);
	}
}
