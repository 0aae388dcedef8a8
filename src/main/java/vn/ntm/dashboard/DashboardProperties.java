package vn.ntm.dashboard;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The dashboard's settings.
 *
 * @param defaultPeriod the period shown when none is picked
 * @param periods       the periods offered by the picker and drawn on the charts, oldest first
 */
@ConfigurationProperties(prefix = "ntm.dashboard")
public record DashboardProperties(String defaultPeriod, List<String> periods) {

	public DashboardProperties {
		if (defaultPeriod == null || defaultPeriod.isBlank()) {
			defaultPeriod = "2022";
		}
		if (periods == null || periods.isEmpty()) {
			periods = List.of("2021", "2022", "2023-01", "2023-02", "2023-03", "2023-04", "2023-05", "2023-06",
					"2023-07", "2023-08", "2023-09", "2023-10", "2023-11", "2023-12");
		}
	}
}
