package vn.ntm.organization.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param defaultProvince province shown when a page is opened without one
 * @param defaultSet      criteria set whose assignments are shown by default
 */
@ConfigurationProperties("ntm.organization")
public record OrganizationProperties(@DefaultValue("62") String defaultProvince,
		@DefaultValue("xa-ntm-2021-2025") String defaultSet) {
}
