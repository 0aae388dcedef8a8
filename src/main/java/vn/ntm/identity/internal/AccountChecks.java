package vn.ntm.identity.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.ntm.geography.UnitLevel;
import vn.ntm.identity.Grant;
import vn.ntm.identity.Role;
import vn.ntm.organization.OrganizationKind;

/**
 * The checks a new or changed account must pass. Each adds its problems to the list, so a change is checked completely
 * before anything is written.
 */
@Component
class AccountChecks {

	private final UserReach reach;
	private final GrantProvinces provinces;

	AccountChecks(UserReach reach, GrantProvinces provinces) {
		this.reach = reach;
		this.provinces = provinces;
	}

	static void checkDisplayName(String displayName, List<UserRejected.Problem> problems) {
		if (displayName == null || displayName.isBlank() || displayName.strip().length() > 200) {
			problems.add(new UserRejected.Problem("identity.users.error.display-name"));
		}
	}

	static void checkPassword(String username, String password, boolean required,
			List<UserRejected.Problem> problems) {
		boolean blank = password == null || password.isBlank();
		if ((required && blank) || (!blank && password.length() < UserAccounts.MIN_PASSWORD_LENGTH)) {
			problems.add(new UserRejected.Problem("identity.users.error.password", UserAccounts.MIN_PASSWORD_LENGTH));
		}
		else if (!blank) {
			PasswordPolicy.check(username, password)
				.ifPresent(m -> problems.add(new UserRejected.Problem(m.key(), m.argsArray())));
		}
	}

	/**
	 * Every new grant must name a scope of the right kind inside the manager's reach. Grants the user already
	 * holds are kept as they are, even when their unit no longer exists, so an edit never fails on an old role.
	 */
	void checkGrants(List<Grant> grants, List<Grant> held, List<UserRejected.Problem> problems) {
		UserReach.Reach reach = this.reach.reach();
		if (grants.isEmpty() && !reach.everything()) {
			problems.add(new UserRejected.Problem("identity.users.error.no-role"));
		}
		for (Grant g : grants) {
			if (held.contains(g)) {
				continue;
			}
			if (g.role() == Role.SYSTEM_ADMIN) {
				if (!reach.everything()) {
					problems.add(new UserRejected.Problem("identity.users.error.admin-only"));
				}
				continue;
			}
			if (!fits(g)) {
				problems.add(new UserRejected.Problem("identity.users.error.scope-kind", UserRejected.roleKey(g.role()), g.scope()));
			}
			else if (provinces.provincesOf(g).stream().noneMatch(reach::covers)) {
				problems.add(new UserRejected.Problem("identity.users.error.scope-outside", UserRejected.roleKey(g.role()),
						g.scope()));
			}
		}
		for (Grant removed : held) {
			if (!grants.contains(removed) && removed.role() != Role.SYSTEM_ADMIN
					&& provinces.provincesOf(removed).stream().noneMatch(reach::covers)) {
				problems.add(new UserRejected.Problem("identity.users.error.scope-outside", UserRejected.roleKey(removed.role()),
						removed.scope()));
			}
		}
	}

	/** The scope names a unit or an organization of the kind the role works on. */
	private boolean fits(Grant g) {
		return switch (g.role()) {
			case SYSTEM_ADMIN -> g.scope().isEmpty();
			case COORDINATION_OFFICE -> provinces.hasLevel(g.scope(), UnitLevel.PROVINCE);
			case DISTRICT_OFFICER -> provinces.hasLevel(g.scope(), UnitLevel.DISTRICT);
			case COMMUNE_OFFICER -> provinces.hasLevel(g.scope(), UnitLevel.COMMUNE);
			case LEADER -> provinces.hasLevel(g.scope(), UnitLevel.PROVINCE)
					|| provinces.hasLevel(g.scope(), UnitLevel.DISTRICT)
					|| provinces.hasLevel(g.scope(), UnitLevel.COMMUNE);
			case DEPARTMENT_OFFICER -> provinces.organization(g.scope())
				.filter(o -> o.kind() == OrganizationKind.DEPARTMENT).isPresent();
			case SPONSOR -> provinces.organization(g.scope())
				.filter(o -> o.kind() == OrganizationKind.SPONSOR || o.kind() == OrganizationKind.DEPARTMENT)
				.isPresent();
		};
	}

	static void reject(List<UserRejected.Problem> problems) {
		if (!problems.isEmpty()) {
			throw new UserRejected(problems);
		}
	}
}
