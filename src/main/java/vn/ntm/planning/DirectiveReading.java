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
	 * @param owners      each responsible name matched among the province's organizations (empty without province)
	 * @param supporters  each support name matched likewise
	 */
	public record TaskDraft(String action, List<String> responsible, List<String> support, LocalDate deadline,
			Recurrence recurrence, List<OrganizationMatch> owners, List<OrganizationMatch> supporters) {

		public TaskDraft {
			owners = owners == null ? List.of() : List.copyOf(owners);
			supporters = supporters == null ? List.of() : List.copyOf(supporters);
		}

		public TaskDraft(String action, List<String> responsible, List<String> support, LocalDate deadline,
				Recurrence recurrence) {
			this(action, responsible, support, deadline, recurrence, List.of(), List.of());
		}

		/** The proposed owner: the first responsible name's best candidate, or null. */
		public OrganizationMatch.Candidate proposedOwner() {
			return owners.stream().map(OrganizationMatch::proposed).filter(java.util.Objects::nonNull).findFirst()
				.orElse(null);
		}

		/** The ids of the organizations proposed in support. */
		public List<Long> proposedSupport() {
			return supporters.stream().map(OrganizationMatch::proposed).filter(java.util.Objects::nonNull)
				.flatMap(c -> c.organizationIds().stream()).distinct().toList();
		}

		/** The deadline stated, else a recurring task's first due date on or after {@code from}, else null. */
		public LocalDate deadlineFrom(LocalDate from) {
			return deadline != null ? deadline : recurrence == null || from == null ? null : recurrence.firstDue(from);
		}
	}

	/**
	 * A task that recurs: monthly on a day, quarterly, or yearly on a day and month.
	 *
	 * @param day   day of the month it is due by, or null when the text gives none
	 * @param month month of a yearly task, or null
	 */
	public record Recurrence(Frequency frequency, Integer day, Integer month) {

		/**
		 * The first due date on or after {@code from}: the stated day of the month (of the last month of a quarter or
		 * half-year), the last day of the period when none is stated.
		 */
		public LocalDate firstDue(LocalDate from) {
			int months = switch (frequency) {
				case MONTHLY -> 1;
				case QUARTERLY -> 3;
				case HALF_YEARLY -> 6;
				case YEARLY -> 12;
			};
			java.time.YearMonth m = frequency == Frequency.YEARLY && month != null
					? java.time.YearMonth.of(from.getYear(), month)
					: java.time.YearMonth.of(from.getYear(), ((from.getMonthValue() - 1) / months + 1) * months);
			for (int k = 0; k < 3; k++, m = m.plusMonths(months)) {
				LocalDate due = m.atDay(day == null ? m.lengthOfMonth() : Math.min(day, m.lengthOfMonth()));
				if (!due.isBefore(from)) {
					return due;
				}
			}
			return m.atEndOfMonth();
		}

		/** The tasks module's recurrence, or null for a half-yearly regime, which it does not follow. */
		public vn.ntm.tasks.Recurrence forTasks() {
			return switch (frequency) {
				case MONTHLY -> vn.ntm.tasks.Recurrence.MONTHLY;
				case QUARTERLY -> vn.ntm.tasks.Recurrence.QUARTERLY;
				case YEARLY -> vn.ntm.tasks.Recurrence.YEARLY;
				case HALF_YEARLY -> null;
			};
		}

		public enum Frequency {
			MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY
		}
	}
}
