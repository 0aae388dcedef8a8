package vn.ntm.dashboard;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The dashboard's settings. The periods shown come from the data (the latest period with values in the user's
 * scope), never from here.
 *
 * @param defaultProvinces where a reader of several provinces or of the whole country starts (the first they may
 *                         read), e.g. the province the install serves; none: such a reader is asked to choose
 * @param standingRules    by province code, the province's rule for the standing of a commune formed by the 2025
 *                         merger (e.g. whether it keeps the NTM title of the communes it was formed from), with the
 *                         document it comes from; a province without one shows "to confirm"
 */
@ConfigurationProperties(prefix = "ntm.dashboard")
public record DashboardProperties(List<String> defaultProvinces, Map<String, StandingRule> standingRules) {

	public DashboardProperties {
		defaultProvinces = defaultProvinces == null ? List.of() : List.copyOf(defaultProvinces);
		standingRules = standingRules == null ? Map.of() : Map.copyOf(standingRules);
	}

	/** {@code ntm.dashboard.standing-rules.<province>.rule} and {@code .basis}: the rule's text and its document. */
	public record StandingRule(String rule, String basis) {
	}
}
