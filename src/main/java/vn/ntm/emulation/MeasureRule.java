package vn.ntm.emulation;

/** The named rules a scorecard's criterion is measured by, each from another module's records. */
public enum MeasureRule {
	/**
	 * Reports on time: of the year's reporting obligations whose due date has passed, the share submitted by the last
	 * on-time day (late and missing ones count against; those still before their due date are left out).
	 */
	REPORTS_ON_TIME,
	/**
	 * Tasks done by their deadline: of the unit's tasks due in the year whose outcome is known (done, or overdue), the
	 * share done on time; tasks still open before their deadline are left out.
	 */
	TASKS_DONE_ON_TIME
}
