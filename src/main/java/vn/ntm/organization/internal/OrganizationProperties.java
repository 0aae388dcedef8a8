package vn.ntm.organization.internal;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param defaultProvince province shown when a page is opened without one; unset, the first province with
 *                        organizations recorded
 * @param defaultSet      criteria set whose assignments are shown by default
 * @param referenceProvinces provinces whose reference organizations ({@code reference/organizations/<code>.csv})
 *                        are loaded at start, where missing
 */
@ConfigurationProperties("ntm.organization")
public record OrganizationProperties(String defaultProvince,
		@DefaultValue("xa-ntm-2021-2025") String defaultSet, @DefaultValue({}) List<String> referenceProvinces) {

	/** The province a page shows when opened without one. */
	public String provinceOr(String requested, List<String> recorded) {
		if (requested != null) {
			return requested;
		}
		if (defaultProvince != null && !defaultProvince.isBlank()) {
			return defaultProvince;
		}
		return recorded.isEmpty() ? null : recorded.get(0);
	}
}
