package vn.ntm.finance.internal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.ntm.identity.Access;

/** The coordination office allocates and records disbursements; whoever reads the province reads its funds. */
@Component
class FundsRights {

	private final Access access;

	FundsRights(Access access) {
		this.access = access;
	}

	void requireManager(String province) {
		if (!access.canManage(province)) {
			throw new AccessDeniedException("only the coordination office of " + province + " writes its funds");
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
