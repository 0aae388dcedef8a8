package vn.ntm.identity.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Geography;
import vn.ntm.geography.UnitLevel;
import vn.ntm.identity.Grant;
import vn.ntm.identity.Role;
import vn.ntm.organization.Organization;
import vn.ntm.organization.OrganizationKind;
import vn.ntm.organization.Organizations;

/**
 * What the role pickers offer: the provinces the signed-in user may give roles in and, in one province, its units and
 * organizations. Roles are picked from these, never typed.
 */
@Component
public class RoleScopes {

	/** The last day of the districts: units of a province merged on 1 July 2025 are offered as they were then. */
	static final LocalDate LAST_DAY_BEFORE_2025_REFORM = LocalDate.of(2025, 6, 30);

	private final UserReach reach;
	private final GrantProvinces provinces;
	private final Geography geography;
	private final Organizations organizations;
	private final Clock clock;

	RoleScopes(UserReach reach, GrantProvinces provinces, Geography geography, Organizations organizations,
			Clock clock) {
		this.reach = reach;
		this.provinces = provinces;
		this.geography = geography;
		this.organizations = organizations;
		this.clock = clock;
	}

	/** One choice of scope; {@code roles} are the roles it suits, for the page to offer it only with them. */
	public record ScopeChoice(String value, String label, Set<Role> roles) {
	}

	public record ScopeGroup(String labelKey, List<ScopeChoice> choices) {
	}

	/** The provinces the signed-in user may give roles in. */
	public List<AdministrativeUnit> provincesInReach() {
		UserReach.Reach reach = this.reach.reach();
		LocalDate today = LocalDate.now(clock);
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
	public List<ScopeGroup> scopes(String provinceCode) {
		if (provinceCode == null || !reach.reach().covers(provinceCode)) {
			return List.of();
		}
		Optional<AdministrativeUnit> province = provinces.unit(provinceCode);
		if (province.isEmpty()) {
			return List.of();
		}
		LocalDate today = LocalDate.now(clock);
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

	public Set<String> provincesOf(Grant g) {
		return provinces.provincesOf(g);
	}

	/** A readable name for a grant's scope: the unit or organization it names, or the raw code. */
	public String describe(Grant g) {
		return switch (g.role()) {
			case SYSTEM_ADMIN -> "";
			case DEPARTMENT_OFFICER, SPONSOR -> provinces.organization(g.scope()).map(Organization::name)
				.orElse(g.scope());
			default -> provinces.unit(g.scope()).map(AdministrativeUnit::name).orElse(g.scope());
		};
	}

	/** The name of a province (or any unit) as it is today, or its code when unknown. */
	public String unitName(String code) {
		return provinces.unit(code).map(AdministrativeUnit::name).orElse(code);
	}
}
