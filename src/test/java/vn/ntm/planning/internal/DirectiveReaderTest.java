package vn.ntm.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.ntm.planning.DirectiveReading;
import vn.ntm.planning.DirectiveReading.Recurrence;
import vn.ntm.planning.DirectiveReading.Recurrence.Frequency;
import vn.ntm.planning.DirectiveReading.TargetList;
import vn.ntm.planning.DirectiveReading.TaskDraft;
import vn.ntm.planning.PlanTier;
import vn.ntm.planning.UnitNameMatch;
import vn.ntm.planning.UnitNameMatch.Status;

class DirectiveReaderTest {

	private static DirectiveReading read(String text) {
		return DirectiveReader.read(text, KonTumUnits::match);
	}

	/** The code matched for each name of a tier, "NO_MATCH" or "AMBIGUOUS" where none is. */
	private static List<String> codes(TargetList list) {
		return list.names().stream().map(m -> m.status() == Status.MATCHED ? m.best().code() : m.status().name())
			.toList();
	}

	private static void assertKonTumTargets(DirectiveReading reading) {
		assertThat(reading.targets()).extracting(TargetList::tier).containsExactly(PlanTier.COMMUNE_STANDARD,
				PlanTier.COMMUNE_ADVANCED, PlanTier.COMMUNE_MODEL);
		assertThat(codes(reading.targets().get(0))).containsExactly("23380", "23392", "23504", "23425");
		assertThat(codes(reading.targets().get(1))).containsExactly("23317", "23323");
		assertThat(codes(reading.targets().get(2))).containsExactly("23335");
		assertThat(reading.targets()).allMatch(TargetList::countAgrees);
	}

	@Test
	void aCleanDirectiveGivesItsFrameItsTargetsPerTierAndItsTasks() {
		DirectiveReading reading = read(DirectiveTexts.CLEAN);
		assertThat(reading.number()).isEqualTo("15/CT-UBND");
		assertThat(reading.date()).isEqualTo(LocalDate.of(2023, 4, 18));
		assertThat(reading.signer()).isEqualTo("Nguyễn Văn A");
		assertThat(reading.signerTitle()).isEqualTo("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH");
		assertKonTumTargets(reading);
		assertThat(reading.targets().get(0).count()).isEqualTo(4);
	}

	@Test
	void aTaskNamesWhoLeadsWhoSupportsItsDeadlineAndItsRegime() {
		List<TaskDraft> tasks = read(DirectiveTexts.CLEAN).tasks();
		assertThat(tasks).hasSize(4);
		assertThat(tasks.get(0).responsible()).containsExactly("Sở Nông nghiệp và PTNT");
		assertThat(tasks.get(0).support()).containsExactly("Sở Tài chính", "Sở Kế hoạch và Đầu tư", "các huyện");
		assertThat(tasks.get(0).action()).startsWith("Hướng dẫn thực hiện Bộ tiêu chí");
		assertThat(tasks.get(0).deadline()).isEqualTo(LocalDate.of(2023, 3, 15));
		assertThat(tasks.get(0).recurrence()).isNull();
		assertThat(tasks.get(1).responsible()).containsExactly("UBND các huyện, thành phố");
		assertThat(tasks.get(1).action()).startsWith("Rà soát, hoàn thiện hồ sơ");
		assertThat(tasks.get(1).deadline()).isEqualTo(LocalDate.of(2023, 6, 30));
		assertThat(tasks.get(2).responsible()).containsExactly("UBND các huyện, thành phố");
		assertThat(tasks.get(2).deadline()).isNull();
		assertThat(tasks.get(2).recurrence()).isEqualTo(new Recurrence(Frequency.MONTHLY, 20, null));
		assertThat(tasks.get(3).responsible()).containsExactly("Văn phòng Điều phối nông thôn mới tỉnh");
		assertThat(tasks.get(3).action()).startsWith("Tham mưu UBND tỉnh kế hoạch kiểm tra định kỳ và đột xuất");
		assertThat(tasks.get(3).deadline()).isEqualTo(LocalDate.of(2023, 12, 31));
	}

	@Test
	void aDirectiveWithoutDiacriticsIsReadAlike() {
		DirectiveReading reading = read(DirectiveTexts.withoutDiacritics(DirectiveTexts.CLEAN));
		assertThat(reading.number()).isEqualTo("15/CT-UBND");
		assertThat(reading.date()).isEqualTo(LocalDate.of(2023, 4, 18));
		assertThat(reading.signer()).isEqualTo("Nguyen Van A");
		assertKonTumTargets(reading);
		assertThat(reading.tasks()).extracting(TaskDraft::deadline).containsExactly(LocalDate.of(2023, 3, 15),
				LocalDate.of(2023, 6, 30), null, LocalDate.of(2023, 12, 31));
	}

	@Test
	void anOcrDamagedDirectiveIsReadAlike() {
		DirectiveReading reading = read(DirectiveTexts.OCR);
		assertThat(reading.number()).isEqualTo("15/CT-UBND");
		assertThat(reading.date()).isEqualTo(LocalDate.of(2023, 4, 18));
		assertThat(reading.signer()).isEqualTo("Nguyễn Văn A");
		assertKonTumTargets(reading);
		assertThat(reading.tasks()).extracting(TaskDraft::deadline).containsExactly(LocalDate.of(2023, 3, 15),
				LocalDate.of(2023, 6, 30), null);
		assertThat(reading.tasks().get(0).support()).containsExactly("Sở Tài chính", "Sở Kế hoạch và Đầu tư");
	}

	@Test
	void theQualifierTellsHomonymsInTwoDistrictsApartAndAnUnknownNameIsReportedNotMatched() {
		DirectiveReading reading = read(DirectiveTexts.HOMONYMS);
		TargetList standard = reading.targets().get(0);
		UnitNameMatch unknown = standard.names().get(4);
		assertThat(codes(standard)).containsExactly("23500", "23425", "23368", "23380", "NO_MATCH");
		assertThat(unknown.text()).isEqualTo("xã Hoàng Sa (huyện Ngọc Hồi)");
		assertThat(unknown.best()).isNull();
		TargetList advanced = reading.targets().get(1);
		// Đăk Long without its district is in Đắk Glei and in Đắk Hà: both shown, neither chosen
		assertThat(codes(advanced)).containsExactly("AMBIGUOUS", "23428");
		assertThat(advanced.names().get(0).candidates()).extracting(UnitNameMatch.Candidate::code)
			.contains("23368", "23504");
		assertThat(advanced.count()).isEqualTo(3);
		assertThat(advanced.countAgrees()).isFalse();
	}

	@Test
	void theTierMayComeBeforeTheListAndTheListAfterGomAndTheCountInWords() {
		DirectiveReading reading = read("""
				- Có thêm 02 (hai) xã đạt chuẩn NTM nâng cao (xã Đăk Ang, xã Bờ Y thuộc huyện Ngọc Hồi).
				- Có thêm 02 xã đạt chuẩn xã nông thôn mới kiểu mẫu gồm: xã Đăk Mar và xã Đăk Ui thuộc huyện Đăk Hà.
				- Phấn đấu có thêm 01 huyện (huyện Đăk Tô) đạt chuẩn huyện nông thôn mới.
				""");
		assertThat(reading.targets()).extracting(TargetList::tier).containsExactly(PlanTier.COMMUNE_ADVANCED,
				PlanTier.COMMUNE_MODEL, PlanTier.DISTRICT_STANDARD);
		assertThat(codes(reading.targets().get(0))).containsExactly("23380", "23395");
		assertThat(codes(reading.targets().get(1))).containsExactly("23512", "23509");
		assertThat(codes(reading.targets().get(2))).containsExactly("612");
		assertThat(reading.targets()).allMatch(TargetList::countAgrees);
	}

	@Test
	void regimesAreReadFromTheirUsualWordings() {
		List<TaskDraft> tasks = read("""
				1. Các sở, ban, ngành:
				- Báo cáo tiến độ thực hiện về Văn phòng Điều phối trước ngày 25 hằng tháng.
				- Định kỳ hằng quý tổng hợp kết quả, báo cáo UBND tỉnh.
				- Tổng kết, đánh giá kết quả thực hiện trước ngày 15/12 hằng năm.
				- Chậm nhất ngày 31 tháng 3 năm 2024, trình UBND tỉnh kế hoạch kiểm tra.
				""").tasks();
		assertThat(tasks).extracting(TaskDraft::responsible).containsOnly(List.of("Các sở, ban, ngành"));
		assertThat(tasks).extracting(TaskDraft::recurrence).containsExactly(new Recurrence(Frequency.MONTHLY, 25, null),
				new Recurrence(Frequency.QUARTERLY, null, null), new Recurrence(Frequency.YEARLY, 15, 12), null);
		assertThat(tasks.get(3).deadline()).isEqualTo(LocalDate.of(2024, 3, 31));
	}

	@Test
	void aTextWithoutTargetsOrTasksGivesAnEmptyReading() {
		DirectiveReading reading = read("Kính gửi: các sở, ban, ngành.");
		assertThat(reading.targets()).isEmpty();
		assertThat(reading.tasks()).isEmpty();
		assertThat(reading.number()).isNull();
	}
}
