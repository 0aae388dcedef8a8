package vn.ntm.tasks;

import java.time.LocalDate;
import java.util.List;

/**
 * A task of a directive.
 *
 * @param seriesId   the first occurrence's id for a recurring duty (its own id for the first), else null
 * @param doneOn     the day the owner reported it done, with {@code evidence}
 * @param version    for optimistic locking: an update names the version it read
 */
public record Task(long id, String provinceCode, String title, long ownerOrgId, String ownerName, String assignee,
		List<Long> supportOrgIds, LocalDate deadline, Directive directive, Recurrence recurrence, Long seriesId,
		TaskStatus status, LocalDate doneOn, String evidence, long version) {

	public Task {
		supportOrgIds = supportOrgIds == null ? List.of() : List.copyOf(supportOrgIds);
	}

	/** The document a task comes from: "Chỉ thị số 15/CT-UBND ngày 18/4/2023". */
	public record Directive(String number, LocalDate date, String title) {
	}

	/** Where the task stands on {@code today} (Vietnam date): overdue once the deadline day has passed undone. */
	public TaskState state(LocalDate today) {
		if (status == TaskStatus.DONE) {
			return doneOn != null && doneOn.isAfter(deadline) ? TaskState.DONE_LATE : TaskState.DONE_ON_TIME;
		}
		if (today.isAfter(deadline)) {
			return TaskState.OVERDUE;
		}
		return status == TaskStatus.IN_PROGRESS ? TaskState.IN_PROGRESS : TaskState.NOT_STARTED;
	}
}
