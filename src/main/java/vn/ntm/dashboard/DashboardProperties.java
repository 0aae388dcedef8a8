package vn.ntm.dashboard;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The dashboard's settings. The periods shown come from the data (the latest period with values in the user's
 * scope), never from here.
 *
 * @param defaultProvinces where a reader of several provinces or of the whole country starts (the first they may
 *                         read), e.g. the province the install serves; none: such a reader is asked to choose
 */
@ConfigurationProperties(prefix = "ntm.dashboard")
public record DashboardProperties(List<String> defaultProvinces) {

	public DashboardProperties {
		defaultProvinces = defaultProvinces == null ? List.of() : List.copyOf(defaultProvinces);
	}
}
