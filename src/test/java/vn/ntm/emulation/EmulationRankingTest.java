package vn.ntm.emulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import vn.ntm.emulation.Emulation.MeasureScore;
import vn.ntm.emulation.Emulation.UnitScore;
import vn.ntm.organization.Organizations;
import vn.ntm.reporting.Submission;
import vn.ntm.reporting.TestClock;
import vn.ntm.reporting.Timeliness;
import vn.ntm.reporting.internal.ComplianceView;
import vn.ntm.reporting.internal.DraftReport;
import vn.ntm.reporting.internal.EditDraft;
import vn.ntm.reporting.internal.SubmitReport;
import vn.ntm.tasks.Task;
import vn.ntm.tasks.TaskStatus;
import vn.ntm.tasks.Tasks;

/** Kon Tum's 2024 ranking on the demo data: the transport department's measures trace to its reports and tasks. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "demo" })
@Import(TestClock.Config.class)
class EmulationRankingTest {

	@Autowired
	Emulation emulation;

	@Autowired
	DraftReport drafts;

	@Autowired
	EditDraft edits;

	@Autowired
	SubmitReport submitting;

	@Autowired
	ComplianceView compliance;

	@Autowired
	Tasks tasks;

	@Autowired
	Organizations organizations;

	@Autowired
	TestClock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private static void as(String username) {
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(username, null, "ROLE_USER"));
	}

	@Test
	void aDepartmentsMeasuresTraceToItsReportsAndTasks() throws Exception {
		long gtvt = organizations.findByShortCode("62", "so-gtvt").orElseThrow().id();
		as("so-gtvt");
		for (int m = 1; m <= 3; m++) { // on time: the 10th of the next month
			clock.setLocal(YearMonth.of(2024, m + 1).atDay(10) + "T09:00");
			submit(YearMonth.of(2024, m));
		}
		clock.setLocal("2024-06-28T09:00"); // April's, late
		submit(YearMonth.of(2024, 4));

		clock.setLocal("2024-08-01T09:00");
		as("vpdp");
		Task done = tasks.assign(new Tasks.NewTask("62", "Thi đua: rà soát đường xã", gtvt, List.of(),
				LocalDate.of(2024, 9, 30), null, null, null)).getFirst();
		tasks.assign(new Tasks.NewTask("62", "Thi đua: báo cáo cầu treo", gtvt, List.of(), LocalDate.of(2024, 10, 31),
				null, null, null));
		as("so-gtvt");
		clock.setLocal("2024-09-15T09:00");
		tasks.update(done.id(), new Tasks.TaskUpdate(TaskStatus.DONE, "Biên bản nghiệm thu", null, null, null),
				done.version());

		clock.setLocal("2025-01-20T09:00");
		as("vpdp");
		UnitScore unit = emulation.ranking("62", 2024).units().stream().filter(u -> u.organizationId() == gtvt)
			.findFirst().orElseThrow();
		List<Timeliness> year = compliance.year("62", "so-gtvt", 2024);
		MeasureScore reports = unit.measures().get(0);
		assertThat(reports.rule()).isEqualTo(MeasureRule.REPORTS_ON_TIME);
		assertThat(reports.of()).isEqualTo(12).isEqualTo(year.size());
		assertThat(reports.achieved()).isEqualTo(3)
			.isEqualTo((int) year.stream().filter(t -> t.status() == Timeliness.Status.ON_TIME).count());
		assertThat(reports.evidence()).isEqualTo("/reporting/year?unit=62&reporter=so-gtvt&year=2024");
		Tasks.OwnerRecord record = tasks.records("62", 2024).stream().filter(r -> r.ownerOrgId() == gtvt).findFirst()
			.orElseThrow();
		MeasureScore done2024 = unit.measures().get(1);
		assertThat(done2024.achieved()).isEqualTo(record.doneOnTime()).isGreaterThanOrEqualTo(1);
		assertThat(done2024.of()).isEqualTo(record.doneOnTime() + record.doneLate() + record.overdue())
			.isGreaterThanOrEqualTo(2);
		assertThat(done2024.evidence()).isEqualTo("/tasks?province=62&owner=" + gtvt);
		assertThat(unit.score()).isEqualByComparingTo(reports.earned().add(done2024.earned()));
		assertThat(unit.rank()).isNotNull();

		mvc.perform(get("/api/v1/emulation/ranking").param("province", "62").param("year", "2024")
				.with(user(accounts.loadUserByUsername("lanhdao"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.units[?(@.code == 'so-gtvt')].measures[0].achieved").value(3));
		mvc.perform(get("/emulation").param("province", "62").param("year", "2024")
				.with(user(accounts.loadUserByUsername("vpdp"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/reporting/year?unit=62&amp;reporter=so-gtvt&amp;year=2024\"")))
			.andExpect(content().string(containsString("href=\"/tasks?province=62&amp;owner=" + gtvt + "\"")));
		mvc.perform(get("/emulation/units/{id}", gtvt).param("province", "62").param("year", "2024")
				.with(user(accounts.loadUserByUsername("so-gtvt"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("3 trong 12 báo cáo đúng hạn")));

		as("so-gtvt");
		assertThat(emulation.scorecard("62", 2024, gtvt).orElseThrow().score()).isEqualByComparingTo(unit.score());
		assertThatThrownBy(() -> emulation.ranking("62", 2024)).isInstanceOf(AccessDeniedException.class);
	}

	private void submit(YearMonth month) {
		Submission draft = drafts.draft("62", "so-gtvt", month);
		draft = edits.saveDraft(draft.id(), "Đã cứng hóa đường xã.", "", "", draft.version());
		submitting.submit(draft.id(), draft.version());
	}
}
