package vn.ntm.ocop.internal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.ntm.identity.Access;

/** The coordination office registers products and their ratings; whoever reads the province reads its register. */
@Component
class OcopRights {

	private final Access access;

	OcopRights(Access access) {
		this.access = access;
	}

	void requireManager(String province) {
		if (!access.canManage(province)) {
			throw new AccessDeniedException("only the coordination office of " + province + " writes its OCOP register");
		}
	}

	void requireReader(String province) {
		if (!access.canReadProvince(province)) {
			throw new AccessDeniedException("province " + province + " is outside the user's scope");
		}
	}

	String username() {
		return access.currentUsername();
	}
}
