package vn.ntm.tasks;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The tasks module's entry point. Every call checks the current user's rights; every write is audited. */
public interface Tasks {

	/**
	 * Records a task, and for a recurring one its occurrences up to {@code until} (the end of the deadline's year when
	 * null). Only the province's coordination office (or an admin) assigns tasks.
	 *
	 * @throws TaskRejected naming each field at fault; nothing stored
	 */
	List<Task> assign(NewTask task);

	/**
	 * As {@link #assign}, for a module whose own rule allowed the assignment (an inspection team's recommendation):
	 * the same checks of the fields, no check that the user is the coordination office; audited as usual.
	 */
	List<Task> assignOnBehalf(NewTask task);

	/**
	 * The owner's (or the office's) update: status, evidence, assignee, a note and an attachment.
	 *
	 * @throws TaskRejected                when a field is wrong (done without evidence, an unknown assignee)
	 * @throws TaskChangedConcurrently     when someone updated it since {@code expectedVersion}
	 * @throws org.springframework.security.access.AccessDeniedException for a user who neither owns nor follows it
	 */
	Task update(long id, TaskUpdate update, long expectedVersion);

	Optional<Task> find(long id);

	/** The updates of a task, oldest first. */
	List<Update> updates(long id);

	/** The province's tasks the user may read, filtered; overdue first, then by deadline. */
	List<Task> list(String provinceCode, Filter filter);

	/** Each owner's record over the year: tasks due in it done on time, done late, still open, overdue. */
	List<OwnerRecord> records(String provinceCode, int year);

	/** The open and overdue tasks of the current user's own organizations (none for a user without one). */
	OwnOpen ownOpen();

	/** @param overdue of {@code open}, those past their deadline */
	record OwnOpen(int open, int overdue) {
	}

	/** True when the current user may update the task: its owner's officers or the province's office. */
	boolean canUpdate(Task task);

	/** The attachment of one update of a task the user may read. */
	Optional<Attachment> attachment(long taskId, long updateId);

	/**
	 * The provinces whose tasks the user follows, the likeliest first: those the user manages, then those of the
	 * user's organization and units.
	 */
	List<String> provincesOfCurrentUser();

	/** The state of a task today (Vietnam date), as the pages show it. */
	TaskState stateToday(Task task);

	record NewTask(String provinceCode, String title, Long ownerOrgId, List<Long> supportOrgIds, LocalDate deadline,
			Task.Directive directive, Recurrence recurrence, LocalDate until) {
	}

	/** @param attachment may be null */
	record TaskUpdate(TaskStatus status, String evidence, String assignee, String note, Attachment attachment) {
	}

	record Attachment(String fileName, String contentType, byte[] body) {
	}

	record Update(long id, java.time.Instant at, String username, TaskStatus status, String note, String fileName) {
	}

	/** Null fields do not filter; {@code mine} keeps the tasks of the user's own organization. */
	record Filter(Long ownerOrgId, TaskState state, String directiveNumber, boolean mine) {
	}

	record OwnerRecord(long ownerOrgId, String ownerName, int due, int doneOnTime, int doneLate, int open,
			int overdue) {
	}
}
