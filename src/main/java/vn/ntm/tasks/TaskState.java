package vn.ntm.tasks;

/** A task as the office follows it on a day: open (not yet due), overdue, done on time or done late. */
public enum TaskState {
	NOT_STARTED, IN_PROGRESS, OVERDUE, DONE_ON_TIME, DONE_LATE;

	public boolean open() {
		return this == NOT_STARTED || this == IN_PROGRESS || this == OVERDUE;
	}
}
