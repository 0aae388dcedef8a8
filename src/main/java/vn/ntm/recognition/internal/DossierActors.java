package vn.ntm.recognition.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.CriteriaSets;
import vn.ntm.identity.Access;
import vn.ntm.identity.Directory;
import vn.ntm.identity.Grant;
import vn.ntm.identity.Role;
import vn.ntm.organization.Organization;
import vn.ntm.organization.Organizations;
import vn.ntm.recognition.Dossier;

/**
 * Who the current user is to a dossier, from their grants and the province's criterion assignments. A set without
 * assignments of its own (the advanced set) is owned as the set it builds on: criterion n by n's department.
 */
@Component
class DossierActors {

	private final Access access;
	private final Directory directory;
	private final Organizations organizations;
	private final CriteriaSets criteriaSets;
	private final Clock clock;

	DossierActors(Access access, Directory directory, Organizations organizations, CriteriaSets criteriaSets,
			Clock clock) {
		this.access = access;
		this.directory = directory;
		this.organizations = organizations;
		this.criteriaSets = criteriaSets;
		this.clock = clock;
	}

	DossierActor of(Dossier d) {
		List<Grant> grants = directory.currentGrants();
		boolean office = access.canManage(d.provinceCode());
		boolean unitItself = grants.stream().anyMatch(g -> (g.role() == Role.COMMUNE_OFFICER
				|| g.role() == Role.DISTRICT_OFFICER) && g.scope().equals(d.unitCode()));
		boolean reviewer = d.districtCode() != null && grants.stream()
			.anyMatch(g -> g.role() == Role.DISTRICT_OFFICER && g.scope().equals(d.districtCode()));
		Set<Integer> owned = new HashSet<>();
		for (Grant g : grants) {
			if (g.role() == Role.DEPARTMENT_OFFICER) {
				answering(g.scope(), d.provinceCode()).forEach(o -> owned.addAll(assigned(o.id(), d.setCode())));
			}
		}
		if (office) {
			owned.addAll(unowned(d));
		}
		return new DossierActor(access.currentUsername(), unitItself || reviewer || office, reviewer, office,
				unitItself, owned);
	}

	/** The criterion numbers of the dossier's set, in order. */
	List<vn.ntm.criteria.Criterion> criteria(Dossier d) {
		return set(d).map(CriteriaSet::criteria).orElse(List.of());
	}

	Optional<CriteriaSet> set(Dossier d) {
		return criteriaSets.inForce(d.setCode(), LocalDate.of(d.year(), 12, 31), d.provinceCode())
			.or(() -> criteriaSets.find(d.setCode()));
	}

	/** The lead department of a criterion in the dossier's province, null when none is assigned. */
	Organization owner(Dossier d, int criterion) {
		for (String code : ownerSets(d.setCode())) {
			Optional<Organization> lead = organizations.leadDepartmentFor(code, criterion, d.provinceCode(),
					LocalDate.now(clock));
			if (lead.isPresent()) {
				return lead.get();
			}
		}
		return null;
	}

	/** The department of the current user that owns the criterion, if any (the one recorded on the appraisal). */
	Optional<Organization> ownDepartment(Dossier d, int criterion) {
		for (Grant g : directory.currentGrants()) {
			if (g.role() == Role.DEPARTMENT_OFFICER) {
				for (Organization o : answering(g.scope(), d.provinceCode())) {
					if (assigned(o.id(), d.setCode()).contains(criterion)) {
						return Optional.of(o);
					}
				}
			}
		}
		return Optional.empty();
	}

	private Set<Integer> unowned(Dossier d) {
		Set<Integer> unowned = new HashSet<>();
		for (var c : criteria(d)) {
			if (owner(d, c.number()) == null) {
				unowned.add(c.number());
			}
		}
		return unowned;
	}

	private Set<Integer> assigned(long organizationId, String setCode) {
		for (String code : ownerSets(setCode)) {
			Set<Integer> numbers = organizations.assignedCriteria(organizationId, code);
			if (!numbers.isEmpty()) {
				return numbers;
			}
		}
		return Set.of();
	}

	/** The set, then the set it builds on, and so on: where the province's assignments are looked up. */
	private List<String> ownerSets(String setCode) {
		List<String> codes = new ArrayList<>();
		String code = setCode;
		while (code != null && !codes.contains(code)) {
			codes.add(code);
			code = criteriaSets.find(code).map(CriteriaSet::requiresSetCode).orElse(null);
		}
		return codes;
	}

	/** The department of the grant and its successors today, those of the dossier's province or answering for it. */
	private List<Organization> answering(String scope, String provinceCode) {
		Optional<Organization> own;
		try {
			own = organizations.find(Long.parseLong(scope));
		}
		catch (NumberFormatException e) {
			return List.of();
		}
		if (own.isEmpty()) {
			return List.of();
		}
		List<Organization> all = new ArrayList<>(List.of(own.get()));
		organizations.inForce(own.get().id(), LocalDate.now(clock)).stream().filter(o -> o.id() != own.get().id())
			.forEach(all::add);
		boolean ofProvince = all.stream().anyMatch(o -> o.provinceCode().equals(provinceCode))
				|| access.canReadProvince(provinceCode);
		return ofProvince ? all : List.of();
	}
}
