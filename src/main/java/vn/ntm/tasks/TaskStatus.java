package vn.ntm.tasks;

/** What the owner says of a task; "overdue" and "done late" are read from it and the deadline ({@link Task#state}). */
public enum TaskStatus {
	NOT_STARTED, IN_PROGRESS, DONE
}
