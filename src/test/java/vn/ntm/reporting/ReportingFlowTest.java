package vn.ntm.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

import vn.ntm.assessment.Assessments;
import vn.ntm.assessment.Summary;
import vn.ntm.reporting.Timeliness.Status;
import vn.ntm.reporting.internal.ComplianceView;
import vn.ntm.reporting.internal.ConsolidatedReports;
import vn.ntm.reporting.internal.DraftReport;
import vn.ntm.reporting.internal.EditDraft;
import vn.ntm.reporting.internal.IssueConsolidatedReport;
import vn.ntm.reporting.internal.ReportSubmissions;
import vn.ntm.reporting.internal.SubmitReport;
import vn.ntm.shared.Period;
import vn.ntm.shared.platform.Messages;

/** The month's cycle on the demo province: reports in, timeliness, the consolidated report issued and corrected. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.Config.class)
class ReportingFlowTest {

	private static final YearMonth MARCH = YearMonth.of(2023, 3);

	@Autowired
	ComplianceView compliance;

	@Autowired
	DraftReport drafts;

	@Autowired
	EditDraft edits;

	@Autowired
	SubmitReport submitting;

	@Autowired
	ConsolidatedReports consolidated;

	@Autowired
	ReportSubmissions submissions;

	@Autowired
	IssueConsolidatedReport issuing;

	@Autowired
	Assessments assessments;

	@Autowired
	TestClock clock;

	@Autowired
	Messages messages;

	@Autowired
	MockMvc mvc;

	@Autowired
	javax.sql.DataSource dataSource;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService accounts;

	@Autowired
	vn.ntm.identity.internal.UserAccounts users;

	@Autowired
	vn.ntm.organization.Organizations organizations;

	@Autowired
	org.springframework.security.crypto.password.PasswordEncoder passwords;

	@org.junit.jupiter.api.BeforeEach
	void accounts() {
		ReportingUsers.ensure(users, organizations, passwords);
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private static void as(String username) {
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(username, null, "ROLE_USER"));
	}

	private Map<String, Timeliness> complianceOf(YearMonth month) {
		return compliance.compliance("62", month).stream()
			.collect(Collectors.toMap(t -> t.obligation().reporterCode(), Function.identity()));
	}

	@Test
	void aDepartmentReportsOnTimeAMissingDistrictShowsAndTheIssuedReportIsFrozen() throws Exception {
		YearMonth month = YearMonth.of(2023, 5); // a month no other test touches
		as("so-gtvt");
		clock.setLocal("2023-06-10T09:00");
		Submission draft = drafts.draft("62", "so-gtvt", month);
		assertThat(draft.revision()).isEqualTo(1);
		assertThat(draft.prefill().criteria()).containsExactly(2);
		assertThat(draft.prefill().communes()).isEqualTo(85);
		draft = edits.saveDraft(draft.id(), "Đã cứng hóa 12 km đường xã.", "Thiếu vốn đối ứng.", "Bổ sung vốn.",
				draft.version());
		draft = edits.attach(draft.id(), "bao-cao.pdf", AttachmentTypeTest.pdf());
		long draftId = draft.id();
		assertThatThrownBy(() -> edits.attach(draftId, "gia-mao.pdf", "MZ-not-a-pdf".getBytes()))
			.isInstanceOfSatisfying(ReportRejected.class, e -> assertThat(messages.get(e.reason()))
				.isEqualTo("Tệp \"gia-mao.pdf\" không phải PDF, Word hoặc Excel hợp lệ (nội dung không khớp phần mở rộng)."));
		assertThatThrownBy(() -> drafts.draft("62", "so-yte", month)).isInstanceOf(AccessDeniedException.class);
		clock.setLocal("2023-06-14T23:59");
		Submission submitted = submitting.submit(draft.id(), draft.version());
		assertThat(submitted.state()).isEqualTo(Submission.State.SUBMITTED);
		assertThat(submitted.attachments()).extracting(Submission.Attachment::filename).containsExactly("bao-cao.pdf");

		// a department sees only its own line and not the province's consolidated report
		assertThat(compliance.compliance("62", month)).extracting(t -> t.obligation().reporterCode())
			.containsExactly("so-gtvt");
		assertThatThrownBy(() -> consolidated.consolidated("62", month)).isInstanceOf(AccessDeniedException.class);

		// a correction is a new revision; the first submission decides timeliness
		clock.setLocal("2023-06-16T08:00");
		Submission correction = drafts.correct("62", "so-gtvt", month);
		assertThat(correction.revision()).isEqualTo(2);
		assertThat(correction.results()).isEqualTo("Đã cứng hóa 12 km đường xã.");
		submitting.submit(correction.id(), correction.version());
		assertThat(submissions.submissions("62", "so-gtvt", month)).extracting(Submission::revision, Submission::state)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, Submission.State.SUBMITTED),
					org.assertj.core.groups.Tuple.tuple(2, Submission.State.SUBMITTED));

		as("huyen-dakha");
		clock.setLocal("2023-06-15T00:01");
		Submission district = drafts.draft("62", "ubnd-615", month);
		// Đăk Hà answers for Ngọk Réo and Đăk Pxy (standard) and Đăk Mar (model) in the 2023 plan
		assertThat(district.prefill().targets()).anySatisfy(t -> assertThat(t).startsWith("Xã đạt chuẩn NTM năm 2023")
			.contains("/2"));
		district = edits.saveDraft(district.id(), "Kết quả của huyện.", null, null, district.version());
		submitting.submit(district.id(), district.version());

		as("vpdp");
		clock.setLocal("2023-06-18T09:00");
		Map<String, Timeliness> compliance = complianceOf(month);
		assertThat(compliance.get("so-gtvt").status()).isEqualTo(Status.ON_TIME);
		assertThat(compliance.get("ubnd-615").status()).isEqualTo(Status.LATE);
		assertThat(compliance.get("ubnd-615").daysLate()).isEqualTo(1);
		assertThat(compliance.get("ubnd-610").status()).isEqualTo(Status.MISSING);
		assertThat(compliance.get("vpdp-ntm").status()).isEqualTo(Status.PENDING);

		ConsolidatedReport first = issuing.issue("62", month, null);
		Summary summary = assessments.summary("62", Period.of(month));
		assertThat(first.figures().meetingAllCriteria()).isEqualTo(summary.meetingAllCriteria());
		assertThat(first.figures().recognised()).isEqualTo(summary.recognised());
		assertThat(first.figures().communesInScope()).isEqualTo(85);
		assertThat(first.figures().revision()).isEqualTo(1);
		assertThat(first.figures().targets()).anySatisfy(t -> {
			assertThat(t.label()).startsWith("Xã đạt chuẩn NTM năm 2023");
			assertThat(t.planned()).isEqualTo(7);
		});
		assertThat(first.figures().lateOrMissing()).extracting(ConsolidatedFigures.ReporterLine::code)
			.contains("ubnd-615", "ubnd-610").doesNotContain("so-gtvt");
		assertThat(complianceOf(month).get("vpdp-ntm").status()).isEqualTo(Status.ON_TIME);

		byte[] docx = consolidated.consolidatedFile("62", month, 1, "docx").orElseThrow().content();
		try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
			assertThat(text.getText()).contains("UBND TỈNH KON TUM", "Kon Tum, ngày 18 tháng 6 năm 2023",
					first.figures().documentNumber(), summary.meetingAllCriteria() + "/85 xã đạt chuẩn",
					"Ủy ban nhân dân Huyện Đắk Glei", "TIẾN ĐỘ THỰC HIỆN CHỈ TIÊU KẾ HOẠCH NĂM 2023");
		}

		assertThatThrownBy(() -> issuing.issue("62", month, " ")).isInstanceOf(ReportRejected.class);
		clock.setLocal("2023-06-19T10:00");
		ConsolidatedReport second = issuing.issue("62", month, "Bổ sung báo cáo của huyện Đăk Glei");
		assertThat(second.figures().revision()).isEqualTo(2);
		assertThat(second.figures().documentNumber()).isNotEqualTo(first.figures().documentNumber());
		assertThat(consolidated.consolidatedFile("62", month, 1, "docx").orElseThrow().content()).isEqualTo(docx);
		assertThat(consolidated.consolidated("62", month)).extracting(r -> r.figures().revision()).containsExactly(1, 2);
		assertThat(consolidated.consolidated("62", month).get(0).figures()).isEqualTo(first.figures());
	}

	@Test
	void theApiTakesAMultipartReportAndServesComplianceAndTheConsolidatedReport() throws Exception {
		clock.setLocal("2023-04-18T10:00");
		mvc.perform(multipart("/api/v1/reporting/submissions")
			.file(new MockMultipartFile("files", "bieu-mau.xlsx", ReportingPagesTestSupport.XLSX, AttachmentTypeTest.xlsx()))
			.param("unit", "62").param("reporter", "so-yte").param("month", "2023-03")
			.param("results", "Các xã duy trì tiêu chí 15.")
			.with(httpBasic("so-yte", "demo12345")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.state").value("SUBMITTED"))
			.andExpect(jsonPath("$.attachments[0].filename").value("bieu-mau.xlsx"));
		mvc.perform(multipart("/api/v1/reporting/submissions")
			.file(new MockMultipartFile("files", "bieu-mau.xlsx", ReportingPagesTestSupport.XLSX, "not excel".getBytes()))
			.param("unit", "62").param("reporter", "so-gtvt").param("month", "2023-03").param("results", "x")
			.with(httpBasic("so-gtvt", "demo12345")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.title").value("Báo cáo không hợp lệ"));
		mvc.perform(multipart("/api/v1/reporting/submissions")
			.file(new MockMultipartFile("files", "bieu-mau.xlsx", ReportingPagesTestSupport.XLSX, "not excel".getBytes()))
			.param("unit", "62").param("reporter", "so-gtvt").param("month", "2023-03").param("results", "x")
			.param("lang", "en")
			.with(httpBasic("so-gtvt", "demo12345")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.title").value("Invalid report"))
			.andExpect(jsonPath("$.detail").value("The file \"bieu-mau.xlsx\" is not a valid PDF, Word or Excel file"
					+ " (its content does not match its extension)."));
		mvc.perform(multipart("/api/v1/reporting/submissions")
			.param("unit", "62").param("reporter", "so-gtvt").param("month", "2023-03").param("results", "x")
			.with(httpBasic("so-yte", "demo12345")))
			.andExpect(status().isForbidden());

		mvc.perform(get("/api/v1/reporting/obligations").param("unit", "62").param("month", "2023-03")
			.with(httpBasic("vpdp", "demo12345")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.reporterCode == 'so-yte')].lastOnTimeDay").value("2023-04-14"))
			.andExpect(jsonPath("$[?(@.reporterCode == 'so-yte')].quarterEnd").value(true))
			.andExpect(jsonPath("$[?(@.reporterCode == 'vpdp-ntm')].lastOnTimeDay").value("2023-04-19"));
		mvc.perform(get("/api/v1/reporting/compliance").param("unit", "62").param("month", "2023-03")
			.with(httpBasic("vpdp", "demo12345")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.obligation.reporterCode == 'so-yte')].status").value("LATE"))
			.andExpect(jsonPath("$[?(@.obligation.reporterCode == 'so-yte')].daysLate").value(4))
			.andExpect(jsonPath("$[?(@.obligation.reporterCode == 'ubnd-615')].status").value("MISSING"));
		mvc.perform(get("/api/v1/reporting/compliance").param("unit", "615").param("month", "2023-03")
			.with(httpBasic("huyen-dakha", "demo12345")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].obligation.reporterCode").value("ubnd-615"));

		mvc.perform(get("/api/v1/reports/consolidated").param("unit", "62").param("month", "2023-03")
			.param("format", "docx").with(httpBasic("vpdp", "demo12345")))
			.andExpect(status().isNotFound());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/reports/consolidated")
			.param("unit", "62").param("month", "2023-03").with(httpBasic("vpdp", "demo12345")))
			.andExpect(status().isCreated());
		byte[] xlsx = mvc.perform(get("/api/v1/reports/consolidated").param("unit", "62").param("month", "2023-03")
			.param("format", "xlsx").with(httpBasic("vpdp", "demo12345")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var sheet = wb.getSheet("Chế độ báo cáo");
			List<String> late = new java.util.ArrayList<>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				if ("Chậm".equals(sheet.getRow(r).getCell(3).getStringCellValue())) {
					late.add(sheet.getRow(r).getCell(1).getStringCellValue());
				}
			}
			assertThat(late).contains("so-yte");
		}
		mvc.perform(get("/api/v1/reports/consolidated").param("unit", "62").param("month", "2023-03")
			.param("format", "docx").with(httpBasic("so-gtvt", "demo12345")))
			.andExpect(status().isForbidden());

		// the compliance workbook is written in the reader's language, Vietnamese unless asked otherwise
		for (String lang : List.of("vi", "en")) {
			byte[] compliance = mvc.perform(get("/api/v1/reporting/compliance").param("unit", "62")
				.param("month", "2023-03").param("format", "xlsx").param("lang", lang)
				.with(httpBasic("vpdp", "demo12345")))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsByteArray();
			try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(compliance))) {
				var sheet = wb.getSheetAt(0);
				if (lang.equals("vi")) {
					assertThat(sheet.getSheetName()).isEqualTo("Chế độ báo cáo");
					assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
						.isEqualTo("Tình hình thực hiện chế độ báo cáo tháng 3 năm 2023");
					assertThat(sheet.getRow(2).getCell(7).getStringCellValue()).isEqualTo("Thời điểm gửi");
				}
				else {
					assertThat(sheet.getSheetName()).isEqualTo("Reporting regime");
					assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Reporting compliance, 3/2023");
					assertThat(sheet.getRow(2).getCell(7).getStringCellValue()).isEqualTo("Submitted at");
				}
			}
		}
	}

	@Test
	void unreadNoticesAreCountedInTheNavigationBarUntilTheNoticesPageIsOpened() throws Exception {
		org.springframework.jdbc.core.simple.JdbcClient jdbc = org.springframework.jdbc.core.simple.JdbcClient
			.create(dataSource);
		jdbc.sql("DELETE FROM reporting_notice WHERE username = 'huyen-dakha'").update();
		for (String month : List.of("4/2023", "5/2023")) {
			jdbc.sql("""
					INSERT INTO reporting_notice (username, message, link, created_at)
					VALUES ('huyen-dakha', ?, '/reporting', CURRENT_TIMESTAMP)""").param("Nhắc hạn báo cáo tháng " + month)
				.update();
		}

		String before = mvc.perform(get("/account/password").with(SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername("huyen-dakha")))).andReturn().getResponse()
			.getContentAsString();
		assertThat(before).containsPattern("id=\"nav-notices\"[^>]*aria-label=\"2 thông báo chưa đọc\"");

		String page = mvc.perform(get("/reporting/notices").with(SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername("huyen-dakha"))))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Nhắc hạn báo cáo tháng 5/2023").contains(">mới<");

		String after = mvc.perform(get("/account/password").with(SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername("huyen-dakha")))).andReturn().getResponse()
			.getContentAsString();
		assertThat(after).doesNotContain("thông báo chưa đọc");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM reporting_notice WHERE username = 'so-gtvt' AND read_at IS NOT NULL")
			.query(Integer.class).single()).as("another user's notices stay unread").isZero();
	}
}
