package vn.ntm.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import vn.ntm.identity.internal.UserAccounts;
import vn.ntm.organization.Organizations;

/**
 * A report refused for a bad file leaves nothing behind, and opening the report page writes nothing (issue #14):
 * one request, one transaction; a GET is a read. H2 and PostgreSQL (subclasses).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.Config.class)
abstract class NothingHalfStoredContract {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	UserAccounts users;

	@Autowired
	Organizations organizations;

	@Autowired
	PasswordEncoder passwords;

	@BeforeEach
	void accounts() {
		ReportingUsers.ensure(users, organizations, passwords);
		clock.setLocal("2023-06-10T09:00");
	}

	@Test
	void aReportRefusedForABadFileLeavesNoDraftNoTextNoFileAndNoAuditEntry() throws Exception {
		mvc.perform(multipart("/api/v1/reporting/submissions")
			.file(new MockMultipartFile("files", "bieu-mau.xlsx", ReportingPagesTestSupport.XLSX, "not excel".getBytes()))
			.param("unit", "62").param("reporter", "so-gtvt").param("month", "2023-05")
			.param("results", "Đã nâng cấp 12 km đường xã")
			.with(httpBasic("so-gtvt", ReportingUsers.PASSWORD)))
			.andExpect(status().isUnprocessableContent());
		assertThat(submissions("2023-05")).isZero();
		assertThat(audits("2023-05")).isZero();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reporting_attachment", Long.class)).isZero();
	}

	@Test
	void openingTheReportPageWritesNothingUntilTheFirstSave() throws Exception {
		var officer = user(accounts.loadUserByUsername("so-gtvt"));
		mvc.perform(get("/reporting/submissions").param("unit", "62").param("reporter", "so-gtvt")
			.param("month", "2023-04").with(officer))
			.andExpect(status().isOk());
		assertThat(submissions("2023-04")).isZero();
		assertThat(audits("2023-04")).isZero();
		mvc.perform(multipart("/reporting/submissions/new").param("unit", "62").param("reporter", "so-gtvt")
			.param("month", "2023-04").param("results", "Kết quả tháng 4").param("action", "save")
			.with(officer).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(submissions("2023-04")).isOne();
		assertThat(jdbc.queryForObject("""
				SELECT results FROM reporting_submission WHERE reporter_code = 'so-gtvt' AND report_month = '2023-04'""",
				String.class)).isEqualTo("Kết quả tháng 4");
	}

	private long submissions(String month) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM reporting_submission WHERE reporter_code = 'so-gtvt' AND report_month = ?",
				Long.class, month);
	}

	private long audits(String month) {
		return jdbc.queryForObject("""
				SELECT COUNT(*) FROM identity_audit_log WHERE entity_type LIKE 'report%' AND entity_id LIKE ?""",
				Long.class, "so-gtvt/" + month + "%");
	}
}
