package vn.ntm.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import vn.ntm.identity.Directory;
import vn.ntm.identity.internal.UserAccounts;
import vn.ntm.organization.Organizations;
import vn.ntm.reporting.ReportingUsers;
import vn.ntm.reporting.Submission;
import vn.ntm.reporting.TestClock;

/** Reminders against an embedded SMTP server: the right people, on the right day, once. */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestClock.Config.class)
@TestPropertySource(properties = { "spring.mail.host=localhost", "spring.mail.port=3025",
		"ntm.reporting.reminder-days-before=3", "ntm.reporting.mail-from=ntm@kontum.gov.vn" })
class RemindersTest {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	@Autowired
	Reminders reminders;

	@Autowired
	ReminderJob job;

	@Autowired
	DraftReport drafts;

	@Autowired
	EditDraft edits;

	@Autowired
	SubmitReport submitting;

	@Autowired
	Directory directory;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserAccounts users;

	@Autowired
	Organizations organizations;

	@Autowired
	PasswordEncoder passwords;

	@BeforeEach
	void people() {
		ReportingUsers.ensure(users, organizations, passwords);
		directory.setEmail("so-gtvt", "gtvt@kontum.gov.vn");
		directory.setEmail("so-yte", "yte@kontum.gov.vn");
		directory.setEmail("huyen-dakha", "dakha@kontum.gov.vn");
		directory.setEmail("vpdp", "vpdp@kontum.gov.vn");
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private List<String> recipientsSinceLastCall() throws Exception {
		MimeMessage[] messages = smtp.getReceivedMessages();
		smtp.purgeEmailFromAllMailboxes();
		return Arrays.stream(messages).map(m -> {
			try {
				return m.getRecipients(Message.RecipientType.TO)[0].toString();
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}).sorted().toList();
	}

	@Test
	void reportersAreRemindedThreeDaysAheadAndTheDayAfterAMissedDueDateEachOnce() throws Exception {
		// June 2023 reports are due by the end of 14 July 2023; the office's consolidated one by 19 July
		clock.setLocal("2023-07-10T07:00");
		assertThat(reminders.sendDue()).isZero();
		assertThat(recipientsSinceLastCall()).isEmpty();

		clock.setLocal("2023-07-11T07:00");
		reminders.sendDue();
		assertThat(recipientsSinceLastCall()).containsExactly("dakha@kontum.gov.vn", "gtvt@kontum.gov.vn",
				"yte@kontum.gov.vn");
		MimeMessage[] none = smtp.getReceivedMessages();
		assertThat(none).isEmpty();

		clock.setLocal("2023-07-11T15:00");
		assertThat(reminders.sendDue()).isZero();
		assertThat(recipientsSinceLastCall()).isEmpty();

		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("so-yte", null, "ROLE_USER"));
		clock.setLocal("2023-07-12T09:00");
		Submission s = drafts.draft("62", "so-yte", YearMonth.of(2023, 6));
		s = edits.saveDraft(s.id(), "Kết quả tiêu chí 15.", null, null, s.version());
		submitting.submit(s.id(), s.version());
		SecurityContextHolder.clearContext();

		clock.setLocal("2023-07-14T07:00");
		assertThat(reminders.sendDue()).isZero();

		clock.setLocal("2023-07-15T07:00");
		reminders.sendDue();
		MimeMessage[] missed = smtp.getReceivedMessages();
		assertThat(recipientsSinceLastCall()).containsExactly("dakha@kontum.gov.vn", "gtvt@kontum.gov.vn");
		assertThat(missed[0].getSubject()).startsWith("Quá hạn báo cáo NTM tháng 6/2023");
		assertThat(missed[0].getFrom()[0].toString()).isEqualTo("ntm@kontum.gov.vn");
		assertThat(((String) missed[0].getContent()).replace("\r\n", "\n"))
			.contains("chưa gửi, đã quá hạn, báo cáo tháng (kèm nội dung quý) 6/2023 về kết quả thực hiện Chương trình MTQG",
					"Hạn cuối: hết ngày 14/07/2023 (giờ Việt Nam).\n\nHệ thống theo dõi NTM");

		clock.setLocal("2023-07-16T07:00");
		job.run();
		List<String> office = recipientsSinceLastCall();
		assertThat(office).containsExactly("vpdp@kontum.gov.vn");
		assertThat(jdbc.sql("SELECT name FROM shedlock").query(String.class).list()).contains("reporting-reminders");

		clock.setLocal("2023-07-17T07:00");
		assertThat(reminders.sendDue()).isZero();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM reporting_notice WHERE username = 'so-gtvt' AND message LIKE '%6/2023%'")
			.query(Integer.class).single()).isEqualTo(2);
	}
}
