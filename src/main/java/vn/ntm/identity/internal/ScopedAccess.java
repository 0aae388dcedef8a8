package vn.ntm.identity.internal;

import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Geography;
import vn.ntm.identity.Access;
import vn.ntm.identity.Grant;
import vn.ntm.organization.Organizations;

/**
 * {@link Access} from the current user's grants, read from the database on each request (so a revoked role stops
 * working at once, even in an open session) and kept for the rest of that request. Bean name {@code access}, for
 * {@code @PreAuthorize("@access.canManage(#province)")}.
 */
@Component("access")
class ScopedAccess implements Access {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
	private static final String ANONYMOUS = "anonymous";

	private final UserAccounts users;
	private final Geography geography;
	private final Organizations organizations;
	private final GrantProvinces grantProvinces;

	ScopedAccess(UserAccounts users, Geography geography, Organizations organizations, GrantProvinces grants) {
		this.users = users;
		this.geography = geography;
		this.organizations = organizations;
		this.grantProvinces = grants;
	}

	/** What one user may touch; paths are materialised hierarchy prefixes such as {@code /62/615/}. */
	record Scope(boolean everything, Set<String> readPaths, Set<String> writePaths, Set<String> managedProvinces,
			List<Department> departments) {

		static final Scope NOTHING = new Scope(false, Set.of(), Set.of(), Set.of(), List.of());
	}

	record Department(long organizationId, String provincePath) {
	}

	@Override
	public String currentUsername() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
			return ANONYMOUS;
		}
		return auth.getName();
	}

	@Override
	public boolean canRead(AdministrativeUnit unit) {
		Scope scope = scope();
		return scope.everything() || within(unit, scope.readPaths());
	}

	@Override
	public boolean canWriteValue(AdministrativeUnit unit, String setCode, int criterionNumber) {
		Scope scope = scope();
		if (scope.everything() || within(unit, scope.writePaths())) {
			return true;
		}
		for (Department d : scope.departments()) {
			if (unit.isWithin(d.provincePath())
					&& organizations.assignedCriteria(d.organizationId(), setCode).contains(criterionNumber)) {
				return true;
			}
		}
		return false;
	}

	@Override
	public boolean canManage(String provinceCode) {
		Scope scope = scope();
		return scope.everything() || scope.managedProvinces().contains(provinceCode);
	}

	@Override
	public boolean managesEverything() {
		return scope().everything();
	}

	@Override
	public Set<String> managedProvinces() {
		return Set.copyOf(scope().managedProvinces());
	}

	@Override
	public Set<String> readablePaths() {
		Scope scope = scope();
		return scope.everything() ? Set.of("/") : Set.copyOf(scope.readPaths());
	}

	/** Authority of in-process tasks (reference and demo loading), never granted to a user or token. */
	static final String SYSTEM_TASK = "ROLE_SYSTEM";

	private static final Scope SYSTEM = new Scope(true, Set.of(), Set.of(), Set.of(), List.of());

	Scope scope() {
		String username = currentUsername();
		if (ANONYMOUS.equals(username)) {
			return Scope.NOTHING;
		}
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth.getAuthorities().stream().anyMatch(a -> SYSTEM_TASK.equals(a.getAuthority()))) {
			return SYSTEM;
		}
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		String key = Scope.class.getName() + ":" + username;
		if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof Scope cached) {
			return cached;
		}
		Scope scope = scopeOf(users.grantsOf(username));
		if (request != null) {
			request.setAttribute(key, scope, RequestAttributes.SCOPE_REQUEST);
		}
		return scope;
	}

	Scope scopeOf(List<Grant> grants) {
		boolean everything = false;
		Set<String> read = new HashSet<>();
		Set<String> write = new HashSet<>();
		Set<String> manage = new HashSet<>();
		List<Department> departments = new java.util.ArrayList<>();
		for (Grant g : grants) {
			switch (g.role()) {
				case SYSTEM_ADMIN -> everything = true;
				case COORDINATION_OFFICE -> {
					read.addAll(provincePaths(g.scope()));
					write.addAll(provincePaths(g.scope()));
					manage.add(g.scope());
				}
				case DISTRICT_OFFICER, COMMUNE_OFFICER -> {
					pathsOf(g.scope()).forEach(p -> {
						read.add(p);
						write.add(p);
					});
					// the communes merged into theirs in 2025: their history is now the new commune's, to read
					predecessorUnits(g.scope()).forEach(code -> pathsOf(code).forEach(read::add));
				}
				case LEADER -> {
					pathsOf(g.scope()).forEach(read::add);
					predecessorProvinces(g.scope()).forEach(code -> read.add(provincePath(code)));
				}
				case DEPARTMENT_OFFICER -> grantProvinces.answering(g.scope()).forEach(o -> {
					read.addAll(provincePaths(o.provinceCode()));
					departments.add(new Department(o.id(), provincePath(o.provinceCode())));
				});
				// a support assignment outside the sponsor's own province grants nothing
				case SPONSOR -> grantProvinces.organization(g.scope()).ifPresent(o -> organizations.supportedUnits(o.id())
						.forEach(code -> pathsOf(code).stream().filter(p -> p.startsWith(provincePath(o.provinceCode())))
								.forEach(read::add)));
			}
		}
		return new Scope(everything, read, write, manage, List.copyOf(departments));
	}

	/**
	 * The paths of every row of the code: a commune whose code survived the 2025 reform is the same commune before
	 * and after it, so its officer reads its history under the old district and its present under the new province.
	 */
	private List<String> pathsOf(String unitCode) {
		if (unitCode.isBlank()) {
			return List.of();
		}
		return geography.versions(unitCode).stream().map(AdministrativeUnit::path).distinct().toList();
	}

	/**
	 * A province and the provinces merged into it (Kon Tum into Quảng Ngãi on 01/07/2025): the new province's
	 * officers answer for the old one's history too.
	 */
	private List<String> provincePaths(String provinceCode) {
		List<String> paths = new java.util.ArrayList<>(List.of(provincePath(provinceCode)));
		predecessorProvinces(provinceCode).forEach(code -> paths.add(provincePath(code)));
		return paths;
	}

	private List<String> predecessorUnits(String code) {
		if (code.isBlank()) {
			return List.of();
		}
		return geography.predecessors(code).stream()
			.map(vn.ntm.geography.UnitLineage::oldCode)
			.filter(old -> !old.equals(code))
			.distinct()
			.toList();
	}

	private List<String> predecessorProvinces(String code) {
		if (code.isBlank()) {
			return List.of();
		}
		return geography.predecessors(code).stream()
			.filter(l -> !l.oldCode().equals(code))
			.filter(l -> geography.findLatest(l.oldCode(), l.effectiveOn().minusDays(1))
				.filter(u -> u.level() == vn.ntm.geography.UnitLevel.PROVINCE).isPresent())
			.map(vn.ntm.geography.UnitLineage::oldCode)
			.toList();
	}

	// Provinces are the roots of the hierarchy, so their path is known without a lookup.
	private static String provincePath(String provinceCode) {
		return "/" + provinceCode + "/";
	}

	private static boolean within(AdministrativeUnit unit, Set<String> paths) {
		return unit != null && unit.path() != null && paths.stream().anyMatch(unit::isWithin);
	}
}
