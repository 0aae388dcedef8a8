package vn.ntm.tasks;

/** Someone updated the task since the version the user read: nothing was overwritten. */
public class TaskChangedConcurrently extends RuntimeException {

	private final long currentVersion;

	public TaskChangedConcurrently(long id, long currentVersion) {
		super("task " + id + " changed meanwhile (now version " + currentVersion + ")");
		this.currentVersion = currentVersion;
	}

	public long currentVersion() {
		return currentVersion;
	}
}
