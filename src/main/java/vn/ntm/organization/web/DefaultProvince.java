package vn.ntm.organization.web;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;

import vn.ntm.organization.internal.OrganizationProperties;
import vn.ntm.organization.internal.ProvinceGuard;

/**
 * The province a page shows when opened without one: the configured default, else the first recorded province the
 * user may read (a demo holds Kon Tum and the new Quảng Ngãi; Kon Tum's officers start on Kon Tum).
 */
final class DefaultProvince {

	private DefaultProvince() {
	}

	static String of(String requested, List<String> recorded, OrganizationProperties properties, ProvinceGuard guard) {
		if (requested != null) {
			return requested;
		}
		String configured = properties.provinceOr(null, List.of());
		if (configured != null) {
			return configured;
		}
		for (String province : recorded) {
			try {
				guard.requireReader(province);
				return province;
			}
			catch (AccessDeniedException e) {
				// the next one
			}
		}
		return recorded.isEmpty() ? null : recorded.getFirst();
	}
}
