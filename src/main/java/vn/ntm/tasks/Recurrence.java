package vn.ntm.tasks;

/** How often a duty comes back: "hằng tháng", "hằng quý", "hằng năm". */
public enum Recurrence {
	MONTHLY(1), QUARTERLY(3), YEARLY(12);

	private final int months;

	Recurrence(int months) {
		this.months = months;
	}

	public int months() {
		return months;
	}
}
