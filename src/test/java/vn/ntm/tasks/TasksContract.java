package vn.ntm.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.jayway.jsonpath.JsonPath;
import jakarta.mail.Message;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.ntm.identity.Directory;
import vn.ntm.organization.Organizations;

/**
 * Tasks in the demo's present (the new Quảng Ngãi, 51): the office assigns, the owner reports, a wrong task is
 * refused whole, a stranger is refused, eight officials saving one task at once give one update and seven conflicts,
 * and the reminders and escalations go out once each, by email and in the app. Deadlines are set around today.
 */
@SpringBootTest(properties = { "spring.mail.host=localhost", "spring.mail.port=3025",
		"ntm.tasks.mail-from=ntm@quangngai.gov.vn" })
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "demo" })
abstract class TasksContract {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	Organizations organizations;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Directory directory;

	@Autowired
	Clock clock;

	@Autowired
	vn.ntm.tasks.internal.TaskReminders reminders;

	long construction;
	long health;
	LocalDate today;

	RequestPostProcessor as(String username) {
		return user(accounts.loadUserByUsername(username));
	}

	@BeforeEach
	void organizations() {
		construction = organizations.findByShortCode("51", "so-xd").orElseThrow().id();
		health = organizations.findByShortCode("51", "so-yte").orElseThrow().id();
		today = LocalDate.now(clock);
		directory.setEmail("so-gtvt", "gtvt@kontum.gov.vn");
		directory.setEmail("vpdp-qn", "vpdp@quangngai.gov.vn");
	}

	MockHttpServletResponse assign(String body) throws Exception {
		return mvc.perform(post("/api/v1/tasks").with(as("vpdp-qn")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(body)).andReturn().getResponse();
	}

	String task(String title, long owner, LocalDate deadline, String extra) {
		return "{\"provinceCode\":\"51\",\"title\":\"" + title + "\",\"ownerOrgId\":" + owner + ",\"deadline\":\""
				+ deadline + "\",\"directive\":{\"number\":\"15/CT-UBND\",\"date\":\"" + today.minusDays(40)
				+ "\",\"title\":\"Chỉ thị về NTM\"}" + extra + "}";
	}

	long count() {
		return jdbc.sql("SELECT COUNT(*) FROM tasks_task").query(Long.class).single();
	}

	@Test
	void theOfficeAssignsARecurringDutyAndItsOccurrencesFollowTheDay() throws Exception {
		MockHttpServletResponse r = assign(task("Báo cáo tiến độ xây dựng NTM trước ngày 20 hằng tháng", construction,
				today.withDayOfMonth(20), ",\"recurrence\":\"MONTHLY\",\"until\":\"" + today.plusMonths(5).withDayOfMonth(28) + "\""));
		assertThat(r.getStatus()).isEqualTo(201);
		List<String> deadlines = JsonPath.read(r.getContentAsString(StandardCharsets.UTF_8), "$[*].task.deadline");
		assertThat(deadlines).hasSize(6).allMatch(d -> d.endsWith("-20"));
		List<Integer> series = JsonPath.read(r.getContentAsString(), "$[*].task.seriesId");
		assertThat(series).containsOnly(series.getFirst());
	}

	@Test
	void aTaskWithoutOwnerOrDueBeforeItsDirectiveIsRefusedWholeWithTheFieldsNamed() throws Exception {
		long before = count();
		MockHttpServletResponse r = assign("{\"provinceCode\":\"51\",\"title\":\"Rà soát tiêu chí 17\",\"deadline\":\""
				+ today.minusDays(60) + "\",\"directive\":{\"number\":\"15/CT-UBND\",\"date\":\"" + today.minusDays(40)
				+ "\"}}");
		assertThat(r.getStatus()).isEqualTo(422);
		String body = r.getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).contains("Đơn vị chủ trì").contains("Thời hạn");
		assertThat(count()).isEqualTo(before);
		// a department does not assign tasks
		assertThat(mvc.perform(post("/api/v1/tasks").with(as("so-gtvt")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(task("x", construction, today, "")))
			.andReturn().getResponse().getStatus()).isEqualTo(403);
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void theOwnerReportsItDoneWithEvidenceAndAStrangerIsRefused() throws Exception {
		String created = assign(task("Hoàn thành quy hoạch chung xã", construction, today.plusDays(10), ""))
			.getContentAsString(StandardCharsets.UTF_8);
		int id = JsonPath.read(created, "$[0].task.id");
		// Sở Y tế is not the owner; Kon Tum's transport officer answers for its successor, Sở Xây dựng of 51
		assertThat(mvc.perform(put("/api/v1/tasks/{id}", id).with(as("so-yte")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"IN_PROGRESS\",\"version\":0}"))
			.andReturn().getResponse().getStatus()).isEqualTo(403);
		MockHttpServletResponse noEvidence = mvc.perform(put("/api/v1/tasks/{id}", id).with(as("so-gtvt")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"DONE\",\"version\":0}")).andReturn()
			.getResponse();
		assertThat(noEvidence.getStatus()).isEqualTo(422);
		assertThat(noEvidence.getContentAsString(StandardCharsets.UTF_8)).contains("Minh chứng");
		MockHttpServletResponse done = mvc.perform(put("/api/v1/tasks/{id}", id).with(as("so-gtvt")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\":\"DONE\",\"evidence\":\"Quyết định 120/QĐ-UBND\",\"version\":0}")).andReturn()
			.getResponse();
		assertThat(done.getStatus()).isEqualTo(200);
		assertThat(JsonPath.<String>read(done.getContentAsString(), "$.state")).isEqualTo("DONE_ON_TIME");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM identity_audit_log WHERE entity_type = 'task' AND entity_id = ?")
			.param(String.valueOf(id)).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void eightOfficialsSavingOneTaskAtOnceGiveOneUpdateAndSevenConflicts() throws Exception {
		int id = JsonPath.read(assign(task("Kiểm tra hồ sơ xã", construction, today.plusDays(20), ""))
			.getContentAsString(), "$[0].task.id");
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Callable<Integer>> saves = new ArrayList<>();
		for (int k = 0; k < 8; k++) {
			String note = "lần " + k;
			saves.add(() -> mvc.perform(put("/api/v1/tasks/{id}", id).with(as(note.endsWith("0") ? "vpdp-qn" : "so-gtvt"))
				.with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\":\"IN_PROGRESS\",\"note\":\"" + note + "\",\"version\":0}"))
				.andReturn().getResponse().getStatus());
		}
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> f : pool.invokeAll(saves)) {
			statuses.add(f.get());
		}
		pool.shutdown();
		assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
		assertThat(statuses).filteredOn(s -> s == 409).hasSize(7);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM tasks_update WHERE task_id = ?").param(id).query(Long.class).single())
			.isEqualTo(1);
		assertThat(jdbc.sql("SELECT version FROM tasks_task WHERE id = ?").param(id).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void remindersAndEscalationsGoOutOnceEachByEmailAndInTheApp() throws Exception {
		int soon = JsonPath.read(assign(task("Nộp báo cáo tiêu chí 2", construction, today.plusDays(2), ""))
			.getContentAsString(), "$[0].task.id");
		int late = JsonPath.read(assign(task("Sửa chữa đường trục xã", construction, today.minusDays(3), ""))
			.getContentAsString(), "$[0].task.id");
		smtp.purgeEmailFromAllMailboxes();
		reminders.run();
		List<String> first = Arrays.stream(smtp.getReceivedMessages()).map(m -> {
			try {
				return m.getRecipients(Message.RecipientType.TO)[0] + " " + m.getSubject();
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}).toList();
		assertThat(first).anyMatch(s -> s.startsWith("gtvt@kontum.gov.vn Nhắc việc: \"Nộp báo cáo tiêu chí 2\""));
		assertThat(first).anyMatch(s -> s.startsWith("gtvt@kontum.gov.vn Quá hạn: \"Sửa chữa đường trục xã\""));
		assertThat(first).anyMatch(s -> s.startsWith("vpdp@quangngai.gov.vn Quá hạn: \"Sửa chữa đường trục xã\""));
		assertThat(first).noneMatch(s -> s.startsWith("vpdp@quangngai.gov.vn Nhắc việc: \"Nộp báo cáo tiêu chí 2\""));
		smtp.purgeEmailFromAllMailboxes();
		reminders.run();
		assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
			try {
				return m.getSubject().contains("Nộp báo cáo tiêu chí 2") || m.getSubject().contains("Sửa chữa đường trục xã");
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		})).isEmpty();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM reporting_notice WHERE username = 'so-gtvt' AND link IN (?, ?)")
			.params("/tasks/" + soon, "/tasks/" + late).query(Long.class).single()).isEqualTo(2);
		// the owner's list puts the overdue task first
		String mine = mvc.perform(get("/api/v1/tasks").param("province", "51").param("mine", "true").with(as("so-gtvt")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(JsonPath.<String>read(mine, "$[0].state")).isEqualTo("OVERDUE");
		Map<String, Object> page = Map.of("html", mvc.perform(get("/tasks").param("province", "51").param("mine", "true")
			.with(as("so-gtvt"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat((String) page.get("html")).contains("id=\"task-" + late + "\"").contains("Quá hạn");
		// and the owner's start page says so
		String start = mvc.perform(get("/overview").param("unit", "51").with(as("so-gtvt"))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(start).contains("id=\"own-tasks\"").containsPattern("\\d+ nhiệm vụ đang mở của đơn vị, [1-9]\\d* quá hạn");
	}
}
