package vn.ntm.planning.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.ntm.organization.Organization;
import vn.ntm.organization.OrganizationKind;
import vn.ntm.organization.Organizations;
import vn.ntm.organization.SupportAssignment;
import vn.ntm.planning.GapAnalysis;

/** Departments as the organization module knows them. */
@Component
class OrganizationDepartments implements Departments {

	private final Organizations organizations;

	OrganizationDepartments(Organizations organizations) {
		this.organizations = organizations;
	}

	private static GapAnalysis.Responsible responsible(Organization o) {
		return new GapAnalysis.Responsible(o.id(), o.name());
	}

	@Override
	public Optional<GapAnalysis.Responsible> lead(String setCode, int criterion, String provinceCode) {
		return organizations.leadDepartmentFor(setCode, criterion, provinceCode).map(OrganizationDepartments::responsible);
	}

	@Override
	public Optional<GapAnalysis.Responsible> find(long organizationId) {
		return organizations.find(organizationId).map(OrganizationDepartments::responsible);
	}

	private List<GapAnalysis.Responsible> of(String provinceCode, OrganizationKind kind) {
		return organizations.all(provinceCode).stream().filter(o -> o.kind() == kind)
			.map(OrganizationDepartments::responsible).toList();
	}

	@Override
	public List<GapAnalysis.Responsible> departments(String provinceCode) {
		return of(provinceCode, OrganizationKind.DEPARTMENT);
	}

	@Override
	public List<GapAnalysis.Responsible> sponsors(String provinceCode) {
		return of(provinceCode, OrganizationKind.SPONSOR);
	}

	@Override
	public Optional<GapAnalysis.Responsible> districtCommittee(String provinceCode, String districtCode) {
		return organizations.all(provinceCode).stream()
			.filter(o -> o.kind() == OrganizationKind.DISTRICT_COMMITTEE && districtCode.equals(o.unitCode()))
			.findFirst().map(OrganizationDepartments::responsible);
	}

	@Override
	public Set<String> supportedUnits(long organizationId, int year) {
		return organizations.supportedUnits(organizationId, year);
	}

	@Override
	public List<String> supporters(String provinceCode, String unitCode, int year) {
		return organizations.supportAssignments(provinceCode, year).stream()
			.filter(a -> unitCode.equals(a.unitCode())).map(a -> organizations.find(a.organizationId()))
			.flatMap(Optional::stream).map(Organization::name).distinct().toList();
	}

	@Override
	public List<GapAnalysis.Responsible> sponsorsAndSupporters(String provinceCode, int year) {
		Set<Long> supporting = organizations.supportAssignments(provinceCode, year).stream()
			.map(SupportAssignment::organizationId).collect(java.util.stream.Collectors.toSet());
		List<GapAnalysis.Responsible> result = new java.util.ArrayList<>(sponsors(provinceCode));
		organizations.all(provinceCode).stream()
			.filter(o -> o.kind() == OrganizationKind.DEPARTMENT && supporting.contains(o.id()))
			.map(OrganizationDepartments::responsible).forEach(result::add);
		return result;
	}

	@Override
	public Map<String, List<String>> supportersByUnit(String provinceCode, int year) {
		Map<String, List<String>> result = new java.util.LinkedHashMap<>();
		for (SupportAssignment a : organizations.supportAssignments(provinceCode, year)) {
			organizations.find(a.organizationId()).ifPresent(o -> {
				List<String> names = result.computeIfAbsent(a.unitCode(), k -> new java.util.ArrayList<>());
				if (!names.contains(o.name())) {
					names.add(o.name());
				}
			});
		}
		return result;
	}
}
