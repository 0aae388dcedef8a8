package vn.ntm.organization.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * Refuses (AccessDeniedException, answered 403) a user who does not configure, or may not read, the province. Goes through the identity
 * module's {@code access} bean by name so that identity, which reads organizations for its scopes, is not a
 * compile-time dependency of this module.
 */
@Component
public class ProvinceGuard {

	@PreAuthorize("@access.canReadProvince(#provinceCode)")
	public void requireReader(String provinceCode) {
		// the annotation does the work
	}

	@PreAuthorize("@access.canManage(#provinceCode)")
	public void requireManager(String provinceCode) {
		// the annotation does the work
	}
}
