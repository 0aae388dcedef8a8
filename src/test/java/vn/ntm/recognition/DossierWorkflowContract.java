package vn.ntm.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.ntm.criteria.Tier;
import vn.ntm.identity.Grant;
import vn.ntm.identity.Role;
import vn.ntm.identity.internal.UserAccounts;
import vn.ntm.organization.Organizations;

/**
 * The dossier workflow on the demo province in 2024 (districts still exist): a commune opens and submits, the district
 * reviews, each department appraises its own criteria, the council concludes, the chair decides and the decision is
 * published; refusals (not yours, someone acted first, the number is taken, the prerequisite is missing) change
 * nothing. H2 and PostgreSQL.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "demo" })
@Import(DossierClock.Config.class)
@RecordApplicationEvents
abstract class DossierWorkflowContract {

	static final String DAK_MAR = "23512";
	static final String DAK_UI = "23509";
	static final String SET = "xa-ntm-2021-2025";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	UserAccounts users;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	Organizations organizations;

	@Autowired
	Recognitions recognitions;

	@Autowired
	DossierClock clock;

	@Autowired
	ApplicationEvents events;

	@BeforeEach
	void inMarch2024() {
		clock.setLocal("2024-03-01T09:00");
	}

	RequestPostProcessor as(String username) {
		return user(accounts.loadUserByUsername(username));
	}

	MockHttpServletResponse open(String who, String unit, Tier tier, int year) throws Exception {
		return mvc.perform(post("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON)
			.content("{\"unit\":\"%s\",\"tier\":\"%s\",\"year\":%d}".formatted(unit, tier, year)).with(as(who)))
			.andReturn().getResponse();
	}

	MockHttpServletResponse step(String who, long id, String json) throws Exception {
		return mvc.perform(post("/api/v1/dossiers/{id}/steps", id).contentType(MediaType.APPLICATION_JSON)
			.content(json).with(as(who))).andReturn().getResponse();
	}

	MockHttpServletResponse act(String who, long id, String action) throws Exception {
		return step(who, id, "{\"action\":\"%s\",\"version\":%d}".formatted(action, version(id)));
	}

	MockHttpServletResponse attach(String who, long id, String item, Integer criterion) throws Exception {
		var request = multipart("/api/v1/dossiers/{id}/documents", id)
			.file(new MockMultipartFile("file", (item == null ? "evidence" : item) + ".pdf", "application/pdf",
					"%PDF-1.4".getBytes(StandardCharsets.US_ASCII)));
		if (item != null) {
			request.param("item", item);
		}
		if (criterion != null) {
			request.param("criterion", String.valueOf(criterion));
		}
		return mvc.perform(request.with(as(who))).andReturn().getResponse();
	}

	long version(long id) {
		return jdbc.queryForObject("SELECT version FROM recognition_dossier WHERE id = ?", Long.class, id);
	}

	String stepOf(long id) {
		return jdbc.queryForObject("SELECT step FROM recognition_dossier WHERE id = ?", String.class, id);
	}

	static long id(MockHttpServletResponse r) throws Exception {
		return ((Number) JsonPath.read(r.getContentAsString(), "$.id")).longValue();
	}

	/** A department officer for the lead department of each criterion of the standard set (created once). */
	Map<Integer, String> appraisers() {
		Map<Integer, String> byCriterion = new HashMap<>();
		for (int n = 1; n <= 19; n++) {
			var lead = organizations.leadDepartmentFor(SET, n, "62", LocalDate.of(2024, 3, 1));
			if (lead.isEmpty()) {
				byCriterion.put(n, "vpdp");
				continue;
			}
			String username = "tham-dinh-" + lead.get().id();
			if (users.find(username).isEmpty()) {
				users.create(username, lead.get().name(), passwords.encode("0123456789ab"),
						List.of(new Grant(Role.DEPARTMENT_OFFICER, String.valueOf(lead.get().id()))));
			}
			byCriterion.put(n, username);
		}
		return byCriterion;
	}

	List<Integer> criteriaOf(long id) throws Exception {
		String body = mvc.perform(get("/api/v1/dossiers/{id}", id).with(as("vpdp"))).andReturn().getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.criteria[*].number");
	}

	long appraisalVersion(long id, int criterion) {
		List<Long> v = jdbc.queryForList("""
				SELECT version FROM recognition_dossier_appraisal WHERE dossier_id = ? AND criterion_number = ?""",
				Long.class, id, criterion);
		return v.isEmpty() ? -1 : v.getFirst();
	}

	MockHttpServletResponse appraise(String who, long id, int criterion, String verdict, String reason)
			throws Exception {
		return step(who, id, """
				{"action":"APPRAISE","version":%d,"criterion":%d,"verdict":"%s","reason":%s}"""
			.formatted(appraisalVersion(id, criterion), criterion, verdict, reason == null ? "null" : "\"" + reason + "\""));
	}

	/** Opens, completes and submits a dossier by its commune; the district reviews it. */
	long submittedAndReviewed(Tier tier, int year) throws Exception {
		MockHttpServletResponse opened = open("xa-dakmar", DAK_MAR, tier, year);
		assertThat(opened.getStatus()).as(opened.getContentAsString()).isEqualTo(201);
		long id = id(opened);
		for (String item : List.of("to-trinh", "bien-ban-lay-y-kien", "y-kien-mttq", "thong-bao-cong-khai",
				"bao-cao-no-dong")) {
			assertThat(attach("xa-dakmar", id, item, null).getStatus()).isEqualTo(201);
		}
		if (tier == Tier.MODEL) {
			attach("xa-dakmar", id, "hinh-anh", null);
		}
		assertThat(act("xa-dakmar", id, "SUBMIT").getStatus()).isEqualTo(200);
		assertThat(notices("huyen-dakha", id)).as("the district is told it must review").isEqualTo(1);
		assertThat(act("huyen-dakha", id, "REVIEW_AS_DISTRICT").getStatus()).isEqualTo(200);
		return id;
	}

	/** Through the appraisal to the council's conclusion, every criterion agreed by its owner. */
	void concluded(long id) throws Exception {
		if (stepOf(id).equals("DISTRICT_REVIEWED")) {
			assertThat(act("vpdp", id, "START_APPRAISAL").getStatus()).isEqualTo(200);
		assertThat(notices("so-yte", id)).as("the owner of criterion 15 is told to appraise").isEqualTo(1);
		}
		Map<Integer, String> appraisers = appraisers();
		for (int n : criteriaOf(id)) {
			var r = appraise(appraisers.getOrDefault(n, "vpdp"), id, n, "AGREE", null);
			assertThat(r.getStatus()).as("criterion " + n + ": " + r.getContentAsString()).isEqualTo(200);
		}
		assertThat(step("vpdp", id, "{\"action\":\"CONCLUDE\",\"version\":%d,\"reason\":\"Đủ điều kiện\"}"
			.formatted(version(id))).getStatus()).isEqualTo(200);
	}

	/** The in-app notices of the user that point at the dossier. */
	long notices(String username, long dossier) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM reporting_notice WHERE username = ? AND link = ?", Long.class,
				username, "/dossiers/" + dossier);
	}

	@Test
	void aCommuneDossierGoesFromDraftThroughTheDistrictAndEachDepartmentToThePublishedDecision() throws Exception {
		Tier tier = Tier.STANDARD;
		MockHttpServletResponse opened = open("xa-dakmar", DAK_MAR, tier, 2023);
		assertThat(opened.getStatus()).as(opened.getContentAsString()).isEqualTo(201);
		long id = id(opened);
		assertThat(JsonPath.<String>read(opened.getContentAsString(), "$.districtCode")).isEqualTo("615");

		MockHttpServletResponse early = act("xa-dakmar", id, "SUBMIT");
		assertThat(early.getStatus()).isEqualTo(422);
		assertThat(early.getContentAsString()).contains("y-kien-mttq").contains("bien-ban-lay-y-kien");
		for (String item : List.of("to-trinh", "bien-ban-lay-y-kien", "y-kien-mttq", "thong-bao-cong-khai",
				"bao-cao-no-dong", "hinh-anh")) {
			attach("xa-dakmar", id, item, null);
		}
		assertThat(act("so-gtvt", id, "SUBMIT").getStatus()).isEqualTo(403);
		assertThat(act("xa-dakmar", id, "SUBMIT").getStatus()).isEqualTo(200);
		assertThat(act("vpdp", id, "START_APPRAISAL").getStatus()).as("the district reviews first").isEqualTo(409);

		clock.forwardDays(5);
		assertThat(act("huyen-dakha", id, "REVIEW_AS_DISTRICT").getStatus()).isEqualTo(200);
		assertThat(act("vpdp", id, "START_APPRAISAL").getStatus()).isEqualTo(200);
		assertThat(jdbc.queryForObject("""
				SELECT days_waited FROM recognition_dossier_history WHERE dossier_id = ? AND action = 'REVIEW_AS_DISTRICT'""",
				Integer.class, id)).isEqualTo(5);

		// a department appraising a criterion it does not own: 403 with the reason, nothing stored
		MockHttpServletResponse notOwn = appraise("so-gtvt", id, 15, "AGREE", null);
		assertThat(notOwn.getStatus()).isEqualTo(403);
		assertThat(notOwn.getContentAsString()).contains("15");
		assertThat(appraisalVersion(id, 15)).isEqualTo(-1);

		MockHttpServletResponse more = appraise("so-yte", id, 15, "MORE_EVIDENCE", "Thiếu số liệu BHYT");
		assertThat(more.getStatus()).as(more.getContentAsString()).isEqualTo(200);
		assertThat(notices("xa-dakmar", id)).as("the commune hears of the request").isGreaterThanOrEqualTo(1);
		String seenByTransport = mvc.perform(get("/api/v1/dossiers/{id}", id).with(as("so-gtvt"))).andReturn()
			.getResponse().getContentAsString();
		assertThat(seenByTransport).contains("Thiếu số liệu BHYT").contains("MORE_EVIDENCE");
		assertThat(step("vpdp", id, "{\"action\":\"CONCLUDE\",\"version\":%d,\"reason\":\"x\"}".formatted(version(id)))
			.getStatus()).isEqualTo(422);
		assertThat(attach("xa-dakmar", id, null, 15).getStatus()).isEqualTo(201);
		assertThat(jdbc.queryForObject("""
				SELECT evidence_added FROM recognition_dossier_appraisal WHERE dossier_id = ? AND criterion_number = 15""",
				Boolean.class, id)).isTrue();

		concluded(id);
		assertThat(stepOf(id)).isEqualTo("COUNCIL_CONCLUDED");

		String number = "DM-" + UUID.randomUUID().toString().substring(0, 8) + "/QĐ-UBND";
		String decision = "{\"action\":\"DECIDE\",\"version\":%d,\"decisionNumber\":\"%s\",\"decisionDate\":\"2024-04-10\","
				+ "\"signer\":\"Chủ tịch UBND tỉnh\",\"issuer\":\"UBND tỉnh Kon Tum\"}";
		MockHttpServletResponse own = step("xa-dakmar", id, decision.formatted(version(id), number));
		assertThat(own.getStatus()).isEqualTo(403);
		assertThat(stepOf(id)).isEqualTo("COUNCIL_CONCLUDED");
		assertThat(step("vpdp", id, decision.formatted(version(id), number)).getStatus()).isEqualTo(200);
		assertThat(recognitions.decisions(DAK_MAR)).anyMatch(r -> r.decisionNumber().equals(number)
				&& r.tier() == tier && r.decisionDate().equals(LocalDate.of(2024, 4, 10)));
		assertThat(act("vpdp", id, "PUBLISH").getStatus()).isEqualTo(200);
		assertThat(stepOf(id)).isEqualTo("PUBLISHED");

		String list = mvc.perform(get("/api/v1/dossiers").param("unit", DAK_MAR).param("step", "PUBLISHED")
			.with(as("xa-dakmar"))).andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<Integer>>read(list, "$[*].id")).contains((int) id);
		assertThat(jdbc.queryForObject("""
				SELECT COUNT(*) FROM identity_audit_log WHERE entity_type = 'recognition-dossier' AND entity_id LIKE ?""",
				Long.class, id + "/%")).isGreaterThanOrEqualTo(30L);
		assertThat(mvc.perform(get("/api/v1/dossiers/{id}", id).with(as("dodau-demo"))).andReturn().getResponse()
			.getStatus()).isEqualTo(403);
	}

	@Test
	void ofTwoOfficialsStartingTheAppraisalAtOnceOneWinsAndTheOtherIsTold() throws Exception {
		long id = submittedAndReviewed(Tier.STANDARD, 2022);
		long version = version(id);
		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<Integer>> calls = new ArrayList<>();
		for (String who : List.of("vpdp", "admin", "vpdp", "admin")) {
			calls.add(CompletableFuture.supplyAsync(() -> {
				try {
					start.await();
					return step(who, id, "{\"action\":\"START_APPRAISAL\",\"version\":%d}".formatted(version)).getStatus();
				}
				catch (Exception e) {
					throw new IllegalStateException(e);
				}
			}));
		}
		start.countDown();
		List<Integer> statuses = calls.stream().map(CompletableFuture::join).toList();
		assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
		assertThat(statuses).filteredOn(s -> s == 409).hasSize(3);
		assertThat(version(id)).isEqualTo(version + 1);
		assertThat(jdbc.queryForObject("""
				SELECT COUNT(*) FROM recognition_dossier_history WHERE dossier_id = ? AND action = 'START_APPRAISAL'""",
				Long.class, id)).isOne();
		// a stale version is a conflict too, and a return keeps the history
		assertThat(step("vpdp", id, "{\"action\":\"RETURN\",\"version\":%d,\"reason\":\"x\"}".formatted(version))
			.getStatus()).isEqualTo(409);
		assertThat(step("vpdp", id, "{\"action\":\"RETURN\",\"version\":%d,\"reason\":\"Bổ sung biên bản\"}"
			.formatted(version(id))).getStatus()).isEqualTo(200);
		assertThat(stepOf(id)).isEqualTo("RETURNED");
		assertThat(act("xa-dakmar", id, "SUBMIT").getStatus()).isEqualTo(200);
		assertThat(jdbc.queryForList("SELECT action FROM recognition_dossier_history WHERE dossier_id = ? ORDER BY id",
				String.class, id)).endsWith("START_APPRAISAL", "RETURN", "SUBMIT");
	}

	@Test
	void aDecisionNumberAlreadyUsedInTheProvinceIsAConflictNamingTheDecisionAndNothingIsRecorded() throws Exception {
		String number = "DU-" + UUID.randomUUID().toString().substring(0, 8) + "/QĐ-UBND";
		assertThat(mvc.perform(post("/api/v1/units/{code}/recognitions", DAK_UI).contentType(MediaType.APPLICATION_JSON)
			.content("{\"tier\":\"STANDARD\",\"decisionNumber\":\"%s\",\"decisionDate\":\"2023-01-05\",\"issuer\":\"UBND tỉnh Kon Tum\"}"
				.formatted(number)).with(as("vpdp"))).andReturn().getResponse().getStatus()).isEqualTo(201);
		long id = submittedAndReviewed(Tier.STANDARD, 2021);
		concluded(id);
		long decisions = jdbc.queryForObject("SELECT COUNT(*) FROM recognition_decision", Long.class);
		MockHttpServletResponse taken = step("vpdp", id, """
				{"action":"DECIDE","version":%d,"decisionNumber":"%s","decisionDate":"2024-04-10","signer":"Chủ tịch","issuer":"UBND tỉnh Kon Tum"}"""
			.formatted(version(id), number));
		assertThat(taken.getStatus()).isEqualTo(409);
		assertThat(taken.getContentAsString()).contains(number).contains("05/01/2023").contains(DAK_UI)
			.contains("\"existing\"");
		assertThat(stepOf(id)).isEqualTo("COUNCIL_CONCLUDED");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM recognition_decision", Long.class)).isEqualTo(decisions);
	}

	@Test
	void aModelDossierForACommuneWithoutTheAdvancedRecognitionIsRefusedWithTheReason() throws Exception {
		String unit = List.of("23509", "23515", "23500", "23503", DAK_MAR).stream()
			.filter(u -> recognitions.heldTier(u, LocalDate.of(2024, 3, 1)).map(t -> t.compareTo(Tier.ADVANCED) < 0)
				.orElse(true))
			.findFirst().orElseThrow();
		long before = jdbc.queryForObject("SELECT COUNT(*) FROM recognition_dossier", Long.class);
		MockHttpServletResponse refused = open("huyen-dakha", unit, Tier.MODEL, 2024);
		assertThat(refused.getStatus()).isEqualTo(422);
		assertThat(refused.getContentAsString()).contains("NTM");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM recognition_dossier", Long.class)).isEqualTo(before);
		assertThat(open("so-gtvt", unit, Tier.STANDARD, 2024).getStatus()).isEqualTo(403);
		assertThat(open("xa-dakmar", DAK_UI, Tier.STANDARD, 2024).getStatus()).isEqualTo(403);
	}

	@Test
	void theDossierPageShowsTheChecklistAndEveryAppraisalAndTheSelfAssessmentReportHoldsEachCriterion()
			throws Exception {
		long id = submittedAndReviewed(Tier.STANDARD, 2024);
		clock.forwardDays(3);
		assertThat(act("vpdp", id, "START_APPRAISAL").getStatus()).isEqualTo(200);
		assertThat(events.stream(DossierStepTaken.class).filter(e -> e.dossierId() == id
				&& e.action() == DossierAction.START_APPRAISAL)).singleElement()
			.satisfies(e -> assertThat(e.daysWaited()).isEqualTo(3))
			.satisfies(e -> assertThat(e.to()).isEqualTo(DossierStep.APPRAISAL));
		assertThat(appraise("so-yte", id, 15, "DISAGREE", "Tỷ lệ BHYT thấp").getStatus()).isEqualTo(200);

		var page = mvc.perform(get("/dossiers/{id}", id).with(as("so-gtvt"))).andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("data-export").contains("Tỷ lệ BHYT thấp")
			.contains("Biên bản lấy ý kiến cộng đồng dân cư").contains("Đang thẩm định")
			.contains("name=\"criterion\" value=\"2\"").doesNotContain("name=\"criterion\" value=\"15\"");
		var refused = mvc.perform(post("/dossiers/{id}/steps", id).param("action", "APPRAISE").param("version", "0")
			.param("criterion", "15").param("verdict", "AGREE").with(csrf()).with(as("so-gtvt"))).andReturn()
			.getResponse();
		assertThat(refused.getStatus()).isEqualTo(403);
		assertThat(refused.getContentAsString()).contains("Tiêu chí 15");
		assertThat(mvc.perform(get("/dossiers/{id}", id).param("lang", "en").with(as("xa-dakmar"))).andReturn()
			.getResponse().getContentAsString()).contains("Required documents");
		var list = mvc.perform(get("/dossiers").param("unit", DAK_MAR).with(as("xa-dakmar"))).andReturn().getResponse();
		assertThat(list.getContentAsString()).contains("dossier-" + id).contains("04/03/2024").contains("data-export");

		var docx = mvc.perform(get("/api/v1/dossiers/{id}/self-assessment.docx", id).with(as("xa-dakmar"))).andReturn()
			.getResponse();
		assertThat(docx.getStatus()).isEqualTo(200);
		try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(
				new java.io.ByteArrayInputStream(docx.getContentAsByteArray()))) {
			assertThat(doc.getParagraphs()).extracting(p -> p.getText()).contains("BÁO CÁO TỰ ĐÁNH GIÁ");
			var table = doc.getTables().getFirst();
			assertThat(table.getRow(0).getCell(0).getText()).isEqualTo("Tiêu chí / chỉ tiêu");
			assertThat(table.getRows()).extracting(r -> r.getCell(0).getText()).contains("2", "15", "19", "2.1");
		}
	}
}
