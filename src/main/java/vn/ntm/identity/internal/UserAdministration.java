package vn.ntm.identity.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Geography;
import vn.ntm.geography.UnitLevel;
import vn.ntm.identity.Access;
import vn.ntm.identity.Grant;
import vn.ntm.identity.Role;
import vn.ntm.organization.Organization;
import vn.ntm.organization.OrganizationKind;
import vn.ntm.organization.Organizations;

/**
 * Creating and changing accounts. A system admin manages everyone; a coordination office manages the users whose
 * roles all lie in its province and grants only roles of its province. Each change is checked completely before
 * anything is written, and written in one transaction.
 */
@Service
class UserAdministration {

	/** The last day of the districts: units of a province merged on 1 July 2025 are offered as they were then. */
	static final LocalDate LAST_DAY_BEFORE_2025_REFORM = LocalDate.of(2025, 6, 30);

	private final UserAccounts users;
	private final Access access;
	private final GrantProvinces provinces;
	private final Geography geography;
	private final Organizations organizations;
	private final PasswordEncoder passwords;

	UserAdministration(UserAccounts users, Access access, GrantProvinces provinces, Geography geography,
			Organizations organizations, PasswordEncoder passwords) {
		this.users = users;
		this.access = access;
		this.provinces = provinces;
		this.geography = geography;
		this.organizations = organizations;
		this.passwords = passwords;
	}

	/** A rejected change: each problem is a message key with its arguments, naming the field. */
	static final class UserRejected extends RuntimeException {

		private final List<Problem> problems;

		UserRejected(List<Problem> problems) {
			super(problems.toString());
			this.problems = List.copyOf(problems);
		}

		List<Problem> problems() {
			return problems;
		}
	}

	record Problem(String key, Object... arguments) {
	}

	/** What the signed-in user may manage: everything, or these provinces. */
	record Reach(boolean everything, Set<String> provinces) {

		boolean covers(String province) {
			return everything || (province != null && provinces.contains(province));
		}
	}

	Reach reach() {
		return new Reach(access.managesEverything(), access.managedProvinces());
	}

	/** A user is managed by the admin, and by the coordination office of the one province all its roles lie in. */
	boolean manages(UserAccount user) {
		Reach reach = reach();
		return reach.everything() || (!user.grants().isEmpty()
				&& provinces.commonProvinces(user.grants()).stream().anyMatch(reach::covers));
	}

	List<UserAccount> manageable() {
		return users.all().stream().filter(this::manages).toList();
	}

	UserAccount manageable(String username) {
		UserAccount user = users.find(username).orElseThrow(() -> new AccessDeniedException(username));
		if (!manages(user)) {
			throw new AccessDeniedException(username);
		}
		return user;
	}

	@Transactional
	void create(String username, String displayName, String password, List<Grant> grants) {
		List<Problem> problems = new ArrayList<>();
		String name = username == null ? "" : username.strip();
		if (!name.matches("[a-z0-9._-]{3,100}")) {
			problems.add(new Problem("identity.users.error.username"));
		}
		else if (users.find(name).isPresent()) {
			problems.add(new Problem("identity.users.error.username-taken", name));
		}
		checkDisplayName(displayName, problems);
		checkPassword(password, true, problems);
		checkGrants(grants, List.of(), problems);
		reject(problems);
		try {
			users.create(name, displayName.strip(), passwords.encode(password), grants);
		}
		catch (DuplicateKeyException e) {
			throw new UserRejected(List.of(new Problem("identity.users.error.username-taken", name)));
		}
	}

	/** @param password a new password, or blank to keep the current one */
	@Transactional
	void update(String username, String displayName, boolean enabled, String password, List<Grant> grants,
			long expectedVersion) {
		UserAccount user = manageable(username);
		List<Problem> problems = new ArrayList<>();
		checkDisplayName(displayName, problems);
		checkPassword(password, false, problems);
		checkGrants(grants, user.grants(), problems);
		boolean wasAdmin = user.enabled() && user.grants().stream().anyMatch(g -> g.role() == Role.SYSTEM_ADMIN);
		boolean staysAdmin = enabled && grants.stream().anyMatch(g -> g.role() == Role.SYSTEM_ADMIN);
		if (wasAdmin && !staysAdmin && users.enabledSystemAdmins() <= 1) {
			problems.add(new Problem("identity.users.error.last-admin"));
		}
		reject(problems);
		users.update(username, displayName.strip(), enabled, expectedVersion);
		users.setGrants(username, grants);
		if (password != null && !password.isBlank()) {
			users.setPassword(username, passwords.encode(password));
		}
	}

	private static void checkDisplayName(String displayName, List<Problem> problems) {
		if (displayName == null || displayName.isBlank() || displayName.strip().length() > 200) {
			problems.add(new Problem("identity.users.error.display-name"));
		}
	}

	private static void checkPassword(String password, boolean required, List<Problem> problems) {
		boolean blank = password == null || password.isBlank();
		if ((required && blank) || (!blank && password.length() < AccountController.MIN_PASSWORD_LENGTH)) {
			problems.add(new Problem("identity.users.error.password", AccountController.MIN_PASSWORD_LENGTH));
		}
	}

	/**
	 * Every new grant must name a scope of the right kind inside the manager's reach. Grants the user already
	 * holds are kept as they are, even when their unit no longer exists, so an edit never fails on an old role.
	 */
	private void checkGrants(List<Grant> grants, List<Grant> held, List<Problem> problems) {
		Reach reach = reach();
		if (grants.isEmpty() && !reach.everything()) {
			problems.add(new Problem("identity.users.error.no-role"));
		}
		for (Grant g : grants) {
			if (held.contains(g)) {
				continue;
			}
			if (g.role() == Role.SYSTEM_ADMIN) {
				if (!reach.everything()) {
					problems.add(new Problem("identity.users.error.admin-only"));
				}
				continue;
			}
			if (!fits(g)) {
				problems.add(new Problem("identity.users.error.scope-kind", roleKey(g.role()), g.scope()));
			}
			else if (provinces.provincesOf(g).stream().noneMatch(reach::covers)) {
				problems.add(new Problem("identity.users.error.scope-outside", roleKey(g.role()), g.scope()));
			}
		}
		for (Grant removed : held) {
			if (!grants.contains(removed) && removed.role() != Role.SYSTEM_ADMIN
					&& provinces.provincesOf(removed).stream().noneMatch(reach::covers)) {
				problems.add(new Problem("identity.users.error.scope-outside", roleKey(removed.role()),
						removed.scope()));
			}
		}
	}

	static String roleKey(Role role) {
		return "identity.role." + role.name();
	}

	/** The scope names a unit or an organization of the kind the role works on. */
	private boolean fits(Grant g) {
		return switch (g.role()) {
			case SYSTEM_ADMIN -> g.scope().isEmpty();
			case COORDINATION_OFFICE -> provinces.hasLevel(g.scope(), UnitLevel.PROVINCE);
			case DISTRICT_OFFICER -> provinces.hasLevel(g.scope(), UnitLevel.DISTRICT);
			case COMMUNE_OFFICER -> provinces.hasLevel(g.scope(), UnitLevel.COMMUNE);
			case LEADER -> provinces.hasLevel(g.scope(), UnitLevel.PROVINCE)
					|| provinces.hasLevel(g.scope(), UnitLevel.DISTRICT) || provinces.hasLevel(g.scope(), UnitLevel.COMMUNE);
			case DEPARTMENT_OFFICER -> provinces.organization(g.scope())
				.filter(o -> o.kind() == OrganizationKind.DEPARTMENT).isPresent();
			case SPONSOR -> provinces.organization(g.scope())
				.filter(o -> o.kind() == OrganizationKind.SPONSOR || o.kind() == OrganizationKind.DEPARTMENT)
				.isPresent();
		};
	}

	private static void reject(List<Problem> problems) {
		if (!problems.isEmpty()) {
			throw new UserRejected(problems);
		}
	}

	// --- what the role pickers offer

	/** One choice of scope; {@code roles} are the roles it suits, for the page to offer it only with them. */
	record ScopeChoice(String value, String label, Set<Role> roles) {
	}

	record ScopeGroup(String labelKey, List<ScopeChoice> choices) {
	}

	/** The provinces the signed-in user may give roles in. */
	List<AdministrativeUnit> provincesInReach() {
		Reach reach = reach();
		LocalDate today = LocalDate.now(ScopedAccess.VIETNAM);
		Set<String> seen = new LinkedHashSet<>();
		List<AdministrativeUnit> result = new ArrayList<>();
		for (LocalDate day : List.of(today, LAST_DAY_BEFORE_2025_REFORM)) {
			for (AdministrativeUnit p : geography.units(null, UnitLevel.PROVINCE, day)) {
				if (reach.covers(p.code()) && seen.add(p.code())) {
					result.add(p);
				}
			}
		}
		result.sort(Comparator.comparing(AdministrativeUnit::name));
		return result;
	}

	/** The scopes a role may be given in a province: the province, its districts and communes, its organizations. */
	List<ScopeGroup> scopes(String provinceCode) {
		if (provinceCode == null || !reach().covers(provinceCode)) {
			return List.of();
		}
		Optional<AdministrativeUnit> province = provinces.unit(provinceCode);
		if (province.isEmpty()) {
			return List.of();
		}
		LocalDate today = LocalDate.now(ScopedAccess.VIETNAM);
		LocalDate asOf = province.get().validTo() != null && province.get().validTo().isBefore(today)
				? province.get().validTo() : today;
		List<ScopeGroup> groups = new ArrayList<>();
		groups.add(new ScopeGroup("identity.users.scope.province", List.of(new ScopeChoice(provinceCode,
				province.get().name(),
				Set.of(Role.COORDINATION_OFFICE, Role.LEADER)))));
		List<AdministrativeUnit> districts = geography.units(provinceCode, UnitLevel.DISTRICT, asOf);
		groups.add(new ScopeGroup("identity.users.scope.districts", districts.stream()
			.sorted(Comparator.comparing(AdministrativeUnit::name))
			.map(d -> new ScopeChoice(d.code(), d.name(), Set.of(Role.DISTRICT_OFFICER, Role.LEADER)))
			.toList()));
		List<AdministrativeUnit> communes = geography.units(provinceCode, UnitLevel.COMMUNE, asOf);
		groups.add(new ScopeGroup("identity.users.scope.communes", communes.stream()
			.sorted(Comparator.comparing(AdministrativeUnit::path))
			.map(c -> new ScopeChoice(c.code(), c.name() + districtName(c, districts),
					Set.of(Role.COMMUNE_OFFICER, Role.LEADER)))
			.toList()));
		List<Organization> orgs = organizations.all(provinceCode);
		groups.add(new ScopeGroup("identity.users.scope.departments", orgs.stream()
			.filter(o -> o.kind() == OrganizationKind.DEPARTMENT)
			.map(o -> new ScopeChoice(String.valueOf(o.id()), o.name(), Set.of(Role.DEPARTMENT_OFFICER, Role.SPONSOR)))
			.toList()));
		groups.add(new ScopeGroup("identity.users.scope.sponsors", orgs.stream()
			.filter(o -> o.kind() == OrganizationKind.SPONSOR)
			.map(o -> new ScopeChoice(String.valueOf(o.id()), o.name(), Set.of(Role.SPONSOR)))
			.toList()));
		return groups;
	}

	private static String districtName(AdministrativeUnit commune, List<AdministrativeUnit> districts) {
		return districts.stream().filter(d -> d.code().equals(commune.parentCode())).findFirst()
			.map(d -> " (" + d.name() + ")").orElse("");
	}

	Set<String> provincesOf(Grant g) {
		return provinces.provincesOf(g);
	}

	/** A readable name for a grant's scope: the unit or organization it names, or the raw code. */
	String describe(Grant g) {
		return switch (g.role()) {
			case SYSTEM_ADMIN -> "";
			case DEPARTMENT_OFFICER, SPONSOR -> provinces.organization(g.scope()).map(Organization::name)
				.orElse(g.scope());
			default -> provinces.unit(g.scope()).map(AdministrativeUnit::name).orElse(g.scope());
		};
	}
}
