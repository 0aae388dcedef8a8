package vn.ntm.identity.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Geography;
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

	GrantProvinces(Geography geography, Organizations organizations) {
		this.geography = geography;
		this.organizations = organizations;
	}

	Optional<String> provinceOf(Grant grant) {
		return switch (grant.role()) {
			case SYSTEM_ADMIN -> Optional.empty();
			case COORDINATION_OFFICE, DISTRICT_OFFICER, COMMUNE_OFFICER, LEADER -> unit(grant.scope())
				.map(AdministrativeUnit::provinceCode);
			case DEPARTMENT_OFFICER, SPONSOR -> organization(grant.scope()).map(Organization::provinceCode);
		};
	}

	/** The provinces of the grants; a grant whose scope does not resolve counts as belonging to no province. */
	Set<String> provincesOf(Collection<Grant> grants) {
		Set<String> provinces = new TreeSet<>();
		grants.forEach(g -> provinceOf(g).ifPresent(provinces::add));
		return provinces;
	}

	/** The one province all the grants belong to, or null (none, several, a system admin, an unknown scope). */
	String onlyProvince(Collection<Grant> grants) {
		if (grants.isEmpty()) {
			return null;
		}
		Set<String> provinces = new TreeSet<>();
		for (Grant g : grants) {
			Optional<String> province = provinceOf(g);
			if (province.isEmpty()) {
				return null;
			}
			provinces.add(province.get());
		}
		return provinces.size() == 1 ? provinces.iterator().next() : null;
	}

	Optional<AdministrativeUnit> unit(String code) {
		return code.isBlank() ? Optional.empty() : geography.findLatest(code, LocalDate.now(ScopedAccess.VIETNAM));
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
