package vn.ntm.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ntm.organization.Organization;
import vn.ntm.organization.OrganizationKind;
import vn.ntm.organization.Organizations;
import vn.ntm.planning.DirectiveConfirmation;
import vn.ntm.planning.DirectiveReading;
import vn.ntm.planning.OrganizationMatch;
import vn.ntm.planning.PlanTier;
import vn.ntm.planning.UnitNameMatch;

/**
 * A directive of Kon Tum read, corrected and confirmed through the API, on the demo data: its units become targets of
 * the 2023 plan and its tasks are assigned to the organizations the matcher proposed; a confirmation with one wrong
 * row stores nothing. The confirmed case runs in a transaction rolled back after it, to leave the demo as it was.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "demo" })
class DirectiveConfirmationTest {

	static final LocalDate DIRECTIVE_DATE = LocalDate.of(2023, 4, 18);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Organizations organizations;

	@Autowired
	JdbcClient jdbc;

	final JsonMapper json = JsonMapper.builder().build();

	RequestPostProcessor office;

	@BeforeEach
	void signIn() {
		office = user(users.loadUserByUsername("vpdp"));
	}

	private DirectiveReading read(String text) throws Exception {
		String body = mvc.perform(post("/api/v1/directives/read").with(office).with(csrf()).param("province", "62")
			.contentType(MediaType.TEXT_PLAIN).content(text)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		return json.readValue(body, DirectiveReading.class);
	}

	/** The preview as the user leaves it: every matched unit kept, every task with the owner proposed. */
	private static DirectiveConfirmation asProposed(DirectiveReading r, Map<Integer, LocalDate> deadlines) {
		List<DirectiveConfirmation.Targets> targets = r.targets().stream()
			.map(l -> new DirectiveConfirmation.Targets(l.tier(), l.names().stream()
				.filter(m -> m.status() == UnitNameMatch.Status.MATCHED)
				.map(m -> new DirectiveConfirmation.Unit(m.best().code(), m.text())).toList()))
			.toList();
		List<DirectiveConfirmation.TaskToAssign> tasks = new ArrayList<>();
		for (int i = 0; i < r.tasks().size(); i++) {
			DirectiveReading.TaskDraft t = r.tasks().get(i);
			OrganizationMatch.Candidate owner = t.proposedOwner();
			tasks.add(new DirectiveConfirmation.TaskToAssign(t.action(),
					owner == null ? List.of() : owner.organizationIds(), t.proposedSupport(),
					deadlines.getOrDefault(i, t.deadlineFrom(r.date())),
					t.recurrence() == null ? null : t.recurrence().forTasks(), null));
		}
		return new DirectiveConfirmation("62", 2023, null, r.number(), r.date(), r.signer(),
				"Về tăng cường thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2023", targets, tasks);
	}

	private long id(String shortCode) {
		return organizations.findByShortCode("62", shortCode).orElseThrow().id();
	}

	private List<Long> districtCommittees() {
		return organizations.all("62", DIRECTIVE_DATE).stream()
			.filter(o -> o.kind() == OrganizationKind.DISTRICT_COMMITTEE).map(Organization::id).toList();
	}

	private int targetsOf2023() {
		return jdbc.sql("SELECT COUNT(*) FROM planning_target t JOIN planning_plan p ON p.id = t.plan_id "
				+ "WHERE p.province_code = '62' AND p.plan_year = 2023").query(Integer.class).single();
	}

	private int tasksOf(String number) {
		return jdbc.sql("SELECT COUNT(*) FROM tasks_task WHERE directive_number = ?").param(number)
			.query(Integer.class).single();
	}

	@Test
	@Transactional
	void aConfirmedDirectiveAddsItsTargetsToThePlanAndAssignsItsTasksToTheProposedOwners() throws Exception {
		DirectiveReading reading = read(DirectiveTexts.CLEAN);
		assertThat(reading.tasks()).hasSize(4);
		assertThat(reading.tasks().get(0).proposedOwner().organizationIds()).containsExactly(id("so-nnptnt"));
		assertThat(reading.tasks().get(0).supporters()).extracting(OrganizationMatch::status)
			.containsExactly(UnitNameMatch.Status.NO_MATCH, UnitNameMatch.Status.NO_MATCH, UnitNameMatch.Status.MATCHED);
		assertThat(reading.tasks().get(0).proposedSupport()).containsExactlyElementsOf(districtCommittees());
		assertThat(reading.tasks().get(1).proposedOwner().organizationIds()).containsExactlyElementsOf(districtCommittees());
		assertThat(reading.tasks().get(3).proposedOwner().organizationIds()).containsExactly(id("vpdp-ntm"));
		int before = targetsOf2023();

		// the reader found 15/3/2023 for the first task, before the directive: the office corrects it
		DirectiveConfirmation confirmation = asProposed(reading, Map.of(0, LocalDate.of(2023, 5, 15)));
		String body = mvc.perform(post("/api/v1/directives").with(office).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(confirmation)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		JsonNode created = json.readTree(body);

		// Đăk Ang is already a standard-commune target of the 2023 plan: kept once
		assertThat(created.get("alreadyInPlan").toString()).contains("23380");
		assertThat(created.get("year").asInt()).isEqualTo(2023);
		List<String> added = new ArrayList<>();
		created.get("targets").forEach(t -> added.add(t.get("tier").asString() + ":" + t.get("unitCode").asString()));
		List<String> kept = confirmation.targets().stream()
			.flatMap(l -> l.units().stream().map(u -> l.tier() + ":" + u.unitCode())).toList();
		assertThat(kept).hasSize(7).contains("COMMUNE_STANDARD:23380");
		List<String> already = new ArrayList<>();
		created.get("alreadyInPlan").forEach(c -> already.add(c.asString()));
		assertThat(added).doesNotContain("COMMUNE_STANDARD:23380").hasSize(kept.size() - already.size())
			.allMatch(kept::contains);
		assertThat(targetsOf2023()).isEqualTo(before + added.size());

		List<JsonNode> tasks = new ArrayList<>();
		created.get("tasks").forEach(tasks::add);
		int committees = districtCommittees().size();
		// one guidance task, a dossier task per committee, a monthly report per committee (20/4 … 20/12), one for the office
		assertThat(tasks).hasSize(1 + committees + committees * 9 + 1);
		assertThat(tasksOf("15/CT-UBND")).isEqualTo(tasks.size());
		JsonNode guidance = tasks.getFirst();
		assertThat(guidance.get("ownerOrgId").asLong()).isEqualTo(id("so-nnptnt"));
		assertThat(guidance.get("deadline").asString()).isEqualTo("2023-05-15");
		assertThat(guidance.get("directive").get("date").asString()).isEqualTo("2023-04-18");
		List<JsonNode> dakHaReports = tasks.stream()
			.filter(t -> t.get("ownerOrgId").asLong() == id("ubnd-615") && "MONTHLY".equals(t.get("recurrence").asString()))
			.toList();
		assertThat(dakHaReports).extracting(t -> t.get("deadline").asString()).containsExactly("2023-04-20",
				"2023-05-20", "2023-06-20", "2023-07-20", "2023-08-20", "2023-09-20", "2023-10-20", "2023-11-20",
				"2023-12-20");
		assertThat(dakHaReports).extracting(t -> t.get("seriesId").asLong()).containsOnly(dakHaReports.getFirst().get("id").asLong());
		assertThat(tasks.getLast().get("ownerOrgId").asLong()).isEqualTo(id("vpdp-ntm"));
		assertThat(tasks.getLast().get("deadline").asString()).isEqualTo("2023-12-31");
	}

	@Test
	void aConfirmationWithWrongRowsIsRefusedNamingEachAndStoresNothing() throws Exception {
		DirectiveReading reading = read(DirectiveTexts.CLEAN);
		DirectiveConfirmation asRead = asProposed(reading, Map.of());
		List<DirectiveConfirmation.Targets> targets = new ArrayList<>(asRead.targets());
		targets.add(new DirectiveConfirmation.Targets(PlanTier.COMMUNE_MODEL,
				List.of(new DirectiveConfirmation.Unit("23500", "xã Đăk Long"), new DirectiveConfirmation.Unit("99999", "xã Không Có"))));
		List<DirectiveConfirmation.TaskToAssign> tasks = new ArrayList<>(asRead.tasks());
		tasks.add(new DirectiveConfirmation.TaskToAssign("Tổng hợp báo cáo", List.of(), List.of(),
				LocalDate.of(2023, 6, 30), null, null));
		DirectiveConfirmation wrong = new DirectiveConfirmation("62", 2023, null, asRead.number(), asRead.date(),
				asRead.signer(), asRead.title(), targets, tasks);
		int targetsBefore = targetsOf2023();
		int tasksBefore = tasksOf("15/CT-UBND");

		String body = mvc.perform(post("/api/v1/directives").with(office).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(wrong)))
			.andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		JsonNode problem = json.readTree(body);
		List<String> rows = new ArrayList<>();
		problem.get("problems").forEach(p -> rows.add(p.get("row").asString() + " " + p.get("message").asString()));
		assertThat(rows).anyMatch(r -> r.startsWith("tasks[0] ") && r.contains("18/04/2023"));
		assertThat(rows).anyMatch(r -> r.startsWith("targets[3].units[1] ") && r.contains("99999"));
		assertThat(rows).noneMatch(r -> r.startsWith("targets[3].units[0] "));
		assertThat(rows).anyMatch(r -> r.startsWith("tasks[4] "));
		assertThat(rows).noneMatch(r -> r.startsWith("tasks[1] ") || r.startsWith("tasks[3] "));
		problem.get("problems").forEach(p -> assertThat(p.get("label").asString()).isNotBlank());

		assertThat(targetsOf2023()).isEqualTo(targetsBefore);
		assertThat(tasksOf("15/CT-UBND")).isEqualTo(tasksBefore).isZero();
	}

	@Test
	void aYearWithoutPlanIsRefusedWithTheReason() throws Exception {
		DirectiveConfirmation c = new DirectiveConfirmation("62", 2099, null, "01/CT-UBND", LocalDate.of(2099, 1, 5),
				null, null, List.of(), List.of());
		mvc.perform(post("/api/v1/directives").with(office).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(c)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.problems[0].row")
				.value("year"));
	}

	@Test
	@Transactional
	void thePreviewPageProposesTheOwnersAndItsFormConfirmsWhatIsTicked() throws Exception {
		String page = mvc.perform(post("/planning/plans/62/2023/directive").with(office).with(csrf())
			.param("text", DirectiveTexts.CLEAN)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("name=\"task.0.owner\"", "action=\"/planning/plans/62/2023/directive/confirm\"")
			.containsPattern("value=\"" + id("so-nnptnt") + "\"\\s+selected=\"selected\">Sở Nông nghiệp");

		long owner = id("so-nnptnt");
		String done = mvc.perform(post("/planning/plans/62/2023/directive/confirm").with(office).with(csrf())
			.param("number", "99/CT-UBND").param("date", "2023-04-18").param("version", "")
			.param("target.0.tier", "COMMUNE_MODEL").param("target.0.0.name", "xã Đăk Mar")
			.param("target.0.0.unit", "23512").param("target.0.0.kept", "on")
			.param("target.0.1.name", "xã Đăk Ui").param("target.0.1.unit", "23509")
			.param("task.0.kept", "on").param("task.0.title", "Báo cáo tiến độ hằng quý")
			.param("task.0.owner", String.valueOf(owner)).param("task.0.deadline", "2023-06-30")
			.param("task.0.recurrence", "QUARTERLY")
			.param("task.1.title", "Không giữ").param("task.1.deadline", "2023-06-30"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(done).contains("id=\"confirmed\"", "href=\"/tasks?province=62\"", "href=\"/planning/plans/62/2023\"");
		assertThat(jdbc.sql("SELECT deadline FROM tasks_task WHERE directive_number = '99/CT-UBND' ORDER BY deadline")
			.query(LocalDate.class).list()).containsExactly(LocalDate.of(2023, 6, 30), LocalDate.of(2023, 9, 30),
					LocalDate.of(2023, 12, 31));

		mvc.perform(post("/planning/plans/62/2023/directive/confirm").with(office).with(csrf())
			.param("number", "98/CT-UBND").param("date", "2023-04-18")
			.param("task.0.kept", "on").param("task.0.title", "Không có chủ trì").param("task.0.deadline", "2023-06-30"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("data-row=\"tasks[0]\"")));
		assertThat(tasksOf("98/CT-UBND")).isZero();
	}
}
