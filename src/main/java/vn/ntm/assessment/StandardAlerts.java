package vn.ntm.assessment;

import vn.ntm.shared.Period;

/**
 * Keeping the standard (giữ chuẩn): every commune recognised on the period's last day is checked against the commune
 * standard set in force for the period, from the status read model, so a value that falls below shows on the next
 * request and leaves when it recovers.
 */
public interface StandardAlerts {

	/** The alerts of the communes under {@code unitCode} (or of that commune), as of the end of {@code period}. */
	Standing standing(String unitCode, Period period);

	/**
	 * @param recognised the communes in scope holding a recognition on the period's last day
	 * @param alerts     one per commune and criterion not met, communes below the longest first
	 * @param monthsBelow the setting from which an alert counts as "long below"
	 */
	record Standing(String unitCode, Period period, int recognised, java.util.List<StandardAlert> alerts,
			int monthsBelow) {

		public Standing {
			alerts = java.util.List.copyOf(alerts);
		}

		/** The communes at risk: recognised communes with at least one alert. */
		public long atRisk() {
			return alerts.stream().map(StandardAlert::unitCode).distinct().count();
		}

		public long longBelow() {
			return alerts.stream().filter(StandardAlert::longBelow).map(StandardAlert::unitCode).distinct().count();
		}
	}
}
