package vn.ntm.planning;

import java.time.LocalDate;
import java.util.List;

/**
 * What was read from the text of a directive, for the coordination office to correct and confirm; nothing of it is
 * stored. Each part is null or empty when the text does not say it.
 *
 * @param number      the document's number as written ("15/CT-UBND")
 * @param date        the date of the document line ("Kon Tum, ngày 18 tháng 4 năm 2023")
 * @param signer      the name under the signature block
 * @param signerTitle the lines of the signature block above the name, joined by " / " ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH")
 */
public record DirectiveReading(String number, LocalDate date, String signer, String signerTitle,
		List<TargetList> targets, List<TaskDraft> tasks) {

	/**
	 * A list of target units of one tier ("Phấn đấu có thêm 07 xã (Dự kiến: …) đạt chuẩn nông thôn mới"), each name
	 * matched to a unit with its score and alternatives, or reported as {@link UnitNameMatch.Status#NO_MATCH}.
	 *
	 * @param count       the number the sentence announces, or null
	 * @param countAgrees false when the sentence announces a number other than the names it lists
	 */
	public record TargetList(PlanTier tier, Integer count, List<UnitNameMatch> names, boolean countAgrees) {

		public static TargetList of(PlanTier tier, Integer count, List<UnitNameMatch> names) {
			return new TargetList(tier, count, names, count == null || names.isEmpty() || count == names.size());
		}
	}

	/**
	 * A duty the directive gives: what to do, who leads, who supports, by when, and how often when it is a regime.
	 *
	 * @param responsible the organizations that lead ("Sở Nông nghiệp và PTNT"), as written
	 * @param support     the organizations that support ("phối hợp với …"), as written
	 * @param deadline    the date stated, or null
	 * @param recurrence  the regime ("trước ngày 20 hằng tháng"), or null for a one-off task
	 */
	public record TaskDraft(String action, List<String> responsible, List<String> support, LocalDate deadline,
			Recurrence recurrence) {
	}

	/**
	 * A task that recurs: monthly on a day, quarterly, or yearly on a day and month.
	 *
	 * @param day   day of the month it is due by, or null when the text gives none
	 * @param month month of a yearly task, or null
	 */
	public record Recurrence(Frequency frequency, Integer day, Integer month) {

		public enum Frequency {
			MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY
		}
	}
}
