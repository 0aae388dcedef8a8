package vn.ntm.identity.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Geography;
import vn.ntm.geography.UnitLevel;
import vn.ntm.identity.Grant;
import vn.ntm.organization.Organization;
import vn.ntm.organization.Organizations;

/**
 * The province a grant belongs to: its unit's province, or the province of its department or sponsor. A system
 * admin's grant belongs to none. Decides which coordination office manages a user and reads the user's audit entries.
 */
@Component
class GrantProvinces {

	private final Geography geography;
	private final Organizations organizations;
	private final Clock clock;

	GrantProvinces(Geography geography, Organizations organizations, Clock clock) {
		this.geography = geography;
		this.organizations = organizations;
		this.clock = clock;
	}

	/**
	 * The provinces of a grant. A unit code names every row of that code, so a commune whose code survived the 2025
	 * reform belongs to its old province and to the new one.
	 */
	Set<String> provincesOf(Grant grant) {
		return switch (grant.role()) {
			case SYSTEM_ADMIN -> Set.of();
			case COORDINATION_OFFICE, DISTRICT_OFFICER, COMMUNE_OFFICER, LEADER -> grant.scope().isBlank() ? Set.of()
					: geography.versions(grant.scope()).stream().map(AdministrativeUnit::provinceCode)
						.collect(Collectors.toCollection(TreeSet::new));
			case DEPARTMENT_OFFICER -> answering(grant.scope()).stream().map(Organization::provinceCode)
				.collect(Collectors.toCollection(TreeSet::new));
			case SPONSOR -> organization(grant.scope()).map(Organization::provinceCode)
				.map(Set::of).orElse(Set.of());
		};
	}

	/** The provinces every one of the grants belongs to; empty for no grants, a system admin or an unknown scope. */
	Set<String> commonProvinces(Collection<Grant> grants) {
		Set<String> common = null;
		for (Grant g : grants) {
			Set<String> provinces = provincesOf(g);
			if (common == null) {
				common = new TreeSet<>(provinces);
			}
			else {
				common.retainAll(provinces);
			}
		}
		return common == null ? Set.of() : common;
	}

	/**
	 * The one province an audit entry about a user with these grants belongs to: the common province, and when the
	 * grants span an old and a new province, the one the acting user manages, else the one that exists today.
	 */
	String auditProvince(Collection<Grant> grants, Predicate<String> managedByActor) {
		Set<String> common = commonProvinces(grants);
		if (common.size() <= 1) {
			return common.isEmpty() ? null : common.iterator().next();
		}
		LocalDate today = LocalDate.now(clock);
		return common.stream().filter(managedByActor).findFirst()
			.or(() -> common.stream().filter(p -> geography.find(p, today).isPresent()).findFirst())
			.orElse(common.iterator().next());
	}

	/** Some row of the code at this level (a code reused by the 2025 reform has a row before and after). */
	boolean hasLevel(String code, UnitLevel level) {
		return !code.isBlank() && geography.versions(code).stream().anyMatch(u -> u.level() == level);
	}

	Optional<AdministrativeUnit> unit(String code) {
		return code.isBlank() ? Optional.empty() : geography.findLatest(code, LocalDate.now(clock));
	}

	/**
	 * The department of a department officer's grant and, once it has ended (the 2025 merger of departments), the
	 * successors answering for it today: the officer keeps the old department's history and works for the new one.
	 */
	List<Organization> answering(String id) {
		Optional<Organization> own = organization(id);
		if (own.isEmpty()) {
			return List.of();
		}
		List<Organization> answering = new ArrayList<>(List.of(own.get()));
		organizations.inForce(own.get().id(), LocalDate.now(clock)).stream()
			.filter(o -> o.id() != own.get().id())
			.forEach(answering::add);
		return answering;
	}

	Optional<Organization> organization(String id) {
		try {
			return organizations.find(Long.parseLong(id));
		}
		catch (NumberFormatException e) {
			return Optional.empty();
		}
	}
}
