package vn.ntm.inspection.internal;

import java.time.LocalDate;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.ntm.identity.Access;
import vn.ntm.identity.Directory;
import vn.ntm.inspection.Visit;

/** The office plans; a visit's team records, recommends and closes; whoever reads the province reads. */
@Component
class InspectionRights {

	private final Access access;
	private final Directory directory;

	InspectionRights(Access access, Directory directory) {
		this.access = access;
		this.directory = directory;
	}

	void requireManager(String province) {
		if (!access.canManage(province)) {
			throw new AccessDeniedException("only the coordination office of " + province + " plans inspections");
		}
	}

	void requireReader(String province) {
		if (!access.canReadProvince(province)) {
			throw new AccessDeniedException("province " + province + " is outside the user's scope");
		}
	}

	/** The user acts for one of the team's organizations (a system admin acts for none). */
	void requireTeam(Visit visit, LocalDate today) {
		Set<Long> own = directory.organizationsOfCurrentUser(visit.provinceCode(), today);
		if (visit.teamOrgIds().stream().noneMatch(own::contains)) {
			throw new AccessDeniedException("only the team of visit " + visit.id() + " records its findings");
		}
	}

	boolean inTeam(Visit visit, LocalDate today) {
		Set<Long> own = directory.organizationsOfCurrentUser(visit.provinceCode(), today);
		return visit.teamOrgIds().stream().anyMatch(own::contains);
	}

	String username() {
		return access.currentUsername();
	}
}
