package vn.ntm.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.test.context.ActiveProfiles;

import vn.ntm.reporting.ConsolidatedFigures;
import vn.ntm.reporting.Obligation.ReporterKind;
import vn.ntm.reporting.Submission;
import vn.ntm.reporting.Timeliness.Status;

/** The reporting SQL, run on H2 and on PostgreSQL by the two subclasses. */
@SpringBootTest
@ActiveProfiles("test")
abstract class ReportingStoreContract {

	@Autowired
	SubmissionStore submissions;

	@Autowired
	ConsolidatedStore consolidated;

	private static final Reporter SO_YTE = new Reporter("store-so-yte", "Sở Y tế", ReporterKind.DEPARTMENT, "62", "62",
			1L, Set.of(15), "xa-ntm-2021-2025");

	@Test
	void submissionsKeepEveryRevisionTheirAttachmentsAndTheFirstSubmissionTime() {
		YearMonth month = YearMonth.of(2023, 3);
		Submission.Prefill prefill = new Submission.Prefill("xa-ntm-2021-2025", List.of(15), 85, 42, 41,
				List.of(new Submission.CommuneChange("23512", "Xã Đăk Mar", "Huyện Đăk Hà", 3, List.of(15), List.of())),
				List.of());
		long first = submissions.insert("62", SO_YTE, month, 1, true, prefill, null, null, null, "so-yte",
				Instant.parse("2023-04-10T02:00:00Z"));
		submissions.saveNarrative(first, "Kết quả", "Khó khăn", "Đề xuất", 0);
		assertThatThrownBy(() -> submissions.saveNarrative(first, "x", null, null, 0))
			.isInstanceOf(OptimisticLockingFailureException.class);
		byte[] content = { 0x25, 0x50, 0x44, 0x46, 0x2D, 1, 2, (byte) 0xFF };
		long attachment = submissions.addAttachment(first, "bao-cao.pdf", "application/pdf", content, "so-yte",
				Instant.parse("2023-04-10T02:01:00Z"));
		submissions.markSubmitted(first, "so-yte", Instant.parse("2023-04-14T16:59:00Z"), 1);
		long second = submissions.insert("62", SO_YTE, month, 2, true, prefill, "Kết quả sửa", null, null, "so-yte",
				Instant.parse("2023-04-16T02:00:00Z"));
		submissions.markSubmitted(second, "so-yte", Instant.parse("2023-04-16T03:00:00Z"), 0);

		List<Submission> revisions = submissions.revisions("62", "store-so-yte", month);
		assertThat(revisions).extracting(Submission::revision).containsExactly(1, 2);
		assertThat(revisions.get(0).prefill()).isEqualTo(prefill);
		assertThat(revisions.get(0).results()).isEqualTo("Kết quả");
		assertThat(revisions.get(0).attachments()).extracting(Submission.Attachment::size).containsExactly(8L);
		assertThat(submissions.attachment(first, attachment).orElseThrow().content()).isEqualTo(content);
		assertThat(submissions.attachment(second, attachment)).isEmpty();
		assertThat(submissions.firstSubmissions("62", month).get("store-so-yte").submittedAt())
			.isEqualTo(Instant.parse("2023-04-14T16:59:00Z"));
	}

	@Test
	void issuedReportsAreNumberedInTheYearAndKeepTheirFiguresAndFiles() {
		YearMonth month = YearMonth.of(2022, 11);
		assertThat(consolidated.nextRevision("99", month)).isEqualTo(1);
		Instant yearStart = Instant.parse("2022-12-31T17:00:00Z");
		Instant nextYear = Instant.parse("2023-12-31T17:00:00Z");
		assertThat(consolidated.nextNumberInYear("99", yearStart, nextYear)).isEqualTo(1);
		ConsolidatedFigures figures = new ConsolidatedFigures("99", "Tỉnh Thử", month, false, 1, "01/BC-VPĐP",
				LocalDate.of(2023, 1, 2), "Thử", 10, 4, 3, 1, 0, new BigDecimal("15.50"),
				List.of(new ConsolidatedFigures.DistrictLine("991", "Huyện A", 10, 4, 3, new BigDecimal("15.50"))),
				List.of(), List.of(new ConsolidatedFigures.ReporterLine("ubnd-991", "UBND huyện A", ReporterKind.DISTRICT,
						Status.LATE, 2, LocalDate.of(2022, 12, 16))));
		consolidated.insert(figures, new byte[] { 'P', 'K', 1 }, new byte[] { 'P', 'K', 2 }, null, "vpdp",
				Instant.parse("2023-01-02T03:00:00Z"));
		assertThat(consolidated.nextRevision("99", month)).isEqualTo(2);
		assertThat(consolidated.nextNumberInYear("99", yearStart, nextYear)).isEqualTo(2);
		assertThat(consolidated.all("99", month)).singleElement()
			.satisfies(r -> assertThat(r.figures()).isEqualTo(figures));
		assertThat(consolidated.file("99", month, 1, "xlsx").orElseThrow()).containsExactly('P', 'K', 2);
	}
}
