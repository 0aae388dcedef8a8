package vn.ntm.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.ntm.tasks.internal.TaskDeadlines;

/** The rules of a task's state and of a recurring duty's deadlines, without a database. */
class TaskRulesTest {

	static Task task(LocalDate deadline, TaskStatus status, LocalDate doneOn) {
		return new Task(1, "51", "Báo cáo kết quả", 7, "Sở Xây dựng", null, List.of(), deadline, null, null, null,
				status, doneOn, doneOn == null ? null : "Công văn 12/SXD", 0);
	}

	@Test
	void aTaskIsOverdueFromTheDayAfterItsDeadlineAndDoneLateWhenReportedAfterIt() {
		LocalDate deadline = LocalDate.of(2026, 3, 15);
		assertThat(task(deadline, TaskStatus.NOT_STARTED, null).state(deadline)).isEqualTo(TaskState.NOT_STARTED);
		assertThat(task(deadline, TaskStatus.IN_PROGRESS, null).state(deadline)).isEqualTo(TaskState.IN_PROGRESS);
		assertThat(task(deadline, TaskStatus.IN_PROGRESS, null).state(deadline.plusDays(1))).isEqualTo(TaskState.OVERDUE);
		assertThat(task(deadline, TaskStatus.DONE, deadline).state(deadline.plusDays(30))).isEqualTo(TaskState.DONE_ON_TIME);
		assertThat(task(deadline, TaskStatus.DONE, deadline.plusDays(1)).state(deadline.plusDays(1)))
			.isEqualTo(TaskState.DONE_LATE);
		assertThat(TaskState.OVERDUE.open()).isTrue();
		assertThat(TaskState.DONE_LATE.open()).isFalse();
	}

	@Test
	void beforeThe20thOfEachMonthRunsToTheEndOfTheYearOnThe20th() {
		List<LocalDate> d = TaskDeadlines.of(LocalDate.of(2026, 3, 20), Recurrence.MONTHLY, null);
		assertThat(d).hasSize(10).startsWith(LocalDate.of(2026, 3, 20)).endsWith(LocalDate.of(2026, 12, 20));
	}

	@Test
	void theLastDayOfAMonthStaysTheLastDayAndAQuarterSkipsTwoMonths() {
		assertThat(TaskDeadlines.of(LocalDate.of(2026, 1, 31), Recurrence.MONTHLY, LocalDate.of(2026, 4, 30)))
			.containsExactly(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 31),
					LocalDate.of(2026, 4, 30));
		assertThat(TaskDeadlines.of(LocalDate.of(2026, 3, 31), Recurrence.QUARTERLY, LocalDate.of(2027, 3, 31)))
			.containsExactly(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 9, 30),
					LocalDate.of(2026, 12, 31), LocalDate.of(2027, 3, 31));
		assertThat(TaskDeadlines.of(LocalDate.of(2026, 5, 15), null, null)).containsExactly(LocalDate.of(2026, 5, 15));
	}
}
