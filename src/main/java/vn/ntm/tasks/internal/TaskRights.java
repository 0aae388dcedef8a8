package vn.ntm.tasks.internal;

import java.time.LocalDate;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.ntm.identity.Access;
import vn.ntm.identity.Directory;
import vn.ntm.identity.Grant;
import vn.ntm.organization.Organization;
import vn.ntm.organization.Organizations;
import vn.ntm.tasks.Task;

/**
 * Who may do what with tasks: the province's coordination office assigns and updates any; an owner (the officers of
 * the owning department, or of the commune or district committee) updates its own; whoever reads the province reads
 * its tasks, which are the directives' public duties.
 */
@Component
class TaskRights {

	private final Access access;
	private final Directory directory;
	private final Organizations organizations;

	TaskRights(Access access, Directory directory, Organizations organizations) {
		this.access = access;
		this.directory = directory;
		this.organizations = organizations;
	}

	void requireManager(String province) {
		if (!access.canManage(province)) {
			throw new AccessDeniedException("only the coordination office of " + province + " assigns tasks");
		}
	}

	void requireReader(String province) {
		if (!access.canReadProvince(province)) {
			throw new AccessDeniedException("province " + province + " is outside the user's scope");
		}
	}

	void requireOwnerOrManager(Task task, LocalDate today) {
		if (!access.canManage(task.provinceCode()) && !ownOrganizations(task.provinceCode(), today).contains(task.ownerOrgId())) {
			throw new AccessDeniedException("task " + task.id() + " belongs to another organization");
		}
	}

	boolean manages(String province) {
		return access.canManage(province);
	}

	String username() {
		return access.currentUsername();
	}

	/** The organizations the user acts for in the province (see {@link Directory#organizationsOfCurrentUser}). */
	Set<Long> ownOrganizations(String province, LocalDate today) {
		return directory.organizationsOfCurrentUser(province, today);
	}

	/** Managed provinces first, then the provinces of the user's organizations and readable units. */
	java.util.List<String> provinces(LocalDate today) {
		java.util.Set<String> provinces = new java.util.LinkedHashSet<>();
		if (access.managesEverything()) {
			provinces.addAll(organizations.provinces());
		}
		provinces.addAll(new java.util.TreeSet<>(access.managedProvinces()));
		for (Grant g : directory.currentGrants()) {
			if (g.role() == vn.ntm.identity.Role.DEPARTMENT_OFFICER || g.role() == vn.ntm.identity.Role.SPONSOR) {
				parse(g.scope()).flatMap(organizations::find).ifPresent(o -> {
					organizations.inForce(o.id(), today).forEach(s -> provinces.add(s.provinceCode()));
					provinces.add(o.provinceCode());
				});
			}
		}
		access.readablePaths().stream().map(p -> p.split("/")).filter(parts -> parts.length > 1)
			.map(parts -> parts[1]).sorted().forEach(provinces::add);
		return java.util.List.copyOf(provinces);
	}

	private static java.util.Optional<Long> parse(String scope) {
		try {
			return java.util.Optional.of(Long.parseLong(scope));
		}
		catch (NumberFormatException e) {
			return java.util.Optional.empty();
		}
	}
}
