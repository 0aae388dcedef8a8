package vn.ntm.reporting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.CriteriaSets;
import vn.ntm.criteria.SetLevel;
import vn.ntm.criteria.Tier;
import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Geography;
import vn.ntm.geography.UnitLevel;
import vn.ntm.identity.Directory;
import vn.ntm.identity.Grant;
import vn.ntm.identity.Role;
import vn.ntm.organization.Organization;
import vn.ntm.organization.OrganizationKind;
import vn.ntm.organization.Organizations;
import vn.ntm.reporting.Obligation.ReporterKind;
import vn.ntm.reporting.ReportingProperties;

/**
 * Reporters from the organization module (departments with criteria assigned in the commune standard set in force,
 * the coordination office), the committees below the province (the districts' until the district tier ended, then
 * the rural communes' from geography) and people from identity's directory: a department officer reports for the
 * department of their role's scope, a district or commune officer for their unit's committee.
 */
@Component
class OrganizationReporters implements ReporterDirectory {

	static final String DEFAULT_SET = "xa-ntm-2021-2025";

	private final Organizations organizations;
	private final CriteriaSets criteriaSets;
	private final Directory directory;
	private final Geography geography;
	private final ReportingProperties properties;
	private final Clock clock;

	OrganizationReporters(Organizations organizations, CriteriaSets criteriaSets, Directory directory,
			Geography geography, ReportingProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
		this.organizations = organizations;
		this.criteriaSets = criteriaSets;
		this.directory = directory;
		this.geography = geography;
	}

	@Override
	public List<Reporter> reporters(String provinceCode, YearMonth month) {
		String setCode = setCode(provinceCode, month);
		boolean districtsReport = properties.districtsReport(provinceCode, month);
		List<Reporter> departments = new ArrayList<>();
		List<Reporter> committees = new ArrayList<>();
		List<Reporter> office = new ArrayList<>();
		LocalDate monthEnd = month.atEndOfMonth();
		// those in force at the month's end: a department merged away reports no more, its successor answers for
		// its criteria from the merger on
		for (Organization o : organizations.all(provinceCode, monthEnd)) {
			switch (o.kind()) {
				case DEPARTMENT -> {
					Set<Integer> criteria = organizations.assignedCriteria(o.id(), setCode, monthEnd);
					if (!criteria.isEmpty()) {
						departments.add(new Reporter(o.shortCode(), o.name(), ReporterKind.DEPARTMENT, provinceCode,
								provinceCode, o.id(), new TreeSet<>(criteria), setCode));
					}
				}
				case DISTRICT_COMMITTEE -> {
					if (districtsReport && o.unitCode() != null) {
						committees.add(new Reporter(o.shortCode(), o.name(), ReporterKind.DISTRICT, provinceCode,
								o.unitCode(), o.id(), Set.of(), setCode));
					}
				}
				case COORDINATION_OFFICE -> office.add(new Reporter(o.shortCode(), o.name(),
						ReporterKind.COORDINATION_OFFICE, provinceCode, provinceCode, o.id(), Set.of(), setCode));
				default -> {
				}
			}
		}
		if (!districtsReport) {
			for (AdministrativeUnit commune : communes(provinceCode, month)) {
				committees.add(new Reporter(commune.code(), commune.name(), ReporterKind.COMMUNE, provinceCode,
						commune.code(), null, Set.of(), setCode));
			}
		}
		departments.sort(Comparator.comparing(Reporter::name));
		committees.sort(Comparator.comparing(Reporter::unitCode));
		List<Reporter> all = new ArrayList<>(departments);
		all.addAll(committees);
		all.addAll(office.stream().limit(1).toList());
		return all;
	}

	/** The rural communes in force at the end of the month: the People's Committees reporting after the district tier. */
	private List<AdministrativeUnit> communes(String provinceCode, YearMonth month) {
		return geography.units(provinceCode, UnitLevel.COMMUNE, month.atEndOfMonth()).stream()
			.filter(AdministrativeUnit::isRuralCommune)
			.toList();
	}

	private String setCode(String provinceCode, YearMonth month) {
		return criteriaSets.inForce(SetLevel.COMMUNE, month.atEndOfMonth(), provinceCode).stream()
			.filter(s -> s.tier() == Tier.STANDARD)
			.map(CriteriaSet::code)
			.findFirst()
			.orElse(DEFAULT_SET);
	}

	@Override
	public Set<String> reportersOfCurrentUser(String provinceCode, YearMonth month) {
		Set<String> codes = new LinkedHashSet<>();
		boolean districtsReport = properties.districtsReport(provinceCode, month);
		for (Grant g : directory.currentGrants()) {
			switch (g.role()) {
				case DEPARTMENT_OFFICER -> organization(g.scope())
					.map(o -> organizations.inForce(o.id(), month.atEndOfMonth()))
					.orElse(List.of())
					.stream()
					.filter(o -> provinceCode.equals(o.provinceCode()) && o.kind() == OrganizationKind.DEPARTMENT)
					.forEach(o -> codes.add(o.shortCode()));
				case DISTRICT_OFFICER -> {
					if (districtsReport) {
						organizations.all(provinceCode, month.atEndOfMonth()).stream()
							.filter(o -> o.kind() == OrganizationKind.DISTRICT_COMMITTEE && g.scope().equals(o.unitCode()))
							.forEach(o -> codes.add(o.shortCode()));
					}
				}
				case COMMUNE_OFFICER -> {
					if (!districtsReport) {
						geography.find(g.scope(), month.atEndOfMonth())
							.filter(u -> u.isRuralCommune() && provinceCode.equals(u.provinceCode()))
							.ifPresent(u -> codes.add(u.code()));
					}
				}
				default -> {
				}
			}
		}
		return codes;
	}

	@Override
	public List<String> provincesOfCurrentUser() {
		Set<String> provinces = new LinkedHashSet<>();
		LocalDate today = LocalDate.now(clock);
		for (Grant g : directory.currentGrants()) {
			switch (g.role()) {
				// the provinces with organizations, then those the install serves that have none yet
				case SYSTEM_ADMIN -> {
					provinces.addAll(organizations.provinces());
					geography.units(null, UnitLevel.PROVINCE, today).forEach(u -> provinces.add(u.code()));
				}
				// the province of the department answering today first (Sở Xây dựng of Quảng Ngãi for Kon Tum's
				// Sở Giao thông vận tải after 01/07/2025), then the department's own for its history
				case DEPARTMENT_OFFICER -> organization(g.scope()).ifPresent(o -> {
					organizations.inForce(o.id(), today).forEach(s -> provinces.add(s.provinceCode()));
					provinces.add(o.provinceCode());
				});
				case SPONSOR -> organization(g.scope()).ifPresent(o -> provinces.add(o.provinceCode()));
				default -> geography.findLatest(g.scope(), today).ifPresent(u -> provinces.add(u.provinceCode()));
			}
		}
		return List.copyOf(provinces);
	}

	@Override
	public boolean overseesProvince(String provinceCode) {
		for (Grant g : directory.currentGrants()) {
			if (g.role() == Role.SYSTEM_ADMIN) {
				return true;
			}
			if ((g.role() == Role.COORDINATION_OFFICE || g.role() == Role.LEADER) && provinceCode.equals(g.scope())) {
				return true;
			}
		}
		return false;
	}

	@Override
	public List<Recipient> responsibleUsers(Reporter reporter) {
		List<Directory.Person> people = switch (reporter.kind()) {
			case DEPARTMENT -> directory.holders(Role.DEPARTMENT_OFFICER, String.valueOf(reporter.organizationId()));
			case DISTRICT -> directory.holders(Role.DISTRICT_OFFICER, reporter.unitCode());
			case COMMUNE -> directory.holders(Role.COMMUNE_OFFICER, reporter.unitCode());
			case COORDINATION_OFFICE -> directory.holders(Role.COORDINATION_OFFICE, reporter.provinceCode());
		};
		return people.stream().map(p -> new Recipient(p.username(), p.displayName(), p.email())).toList();
	}

	private Optional<Organization> organization(String id) {
		try {
			return organizations.find(Long.parseLong(id.trim()));
		}
		catch (NumberFormatException e) {
			return Optional.empty();
		}
	}
}
