package vn.ntm.organization.internal;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ntm.organization.Organization;
import vn.ntm.organization.Succession;

/**
 * Who took over from whom, and what that means on a date: who is in force, who leads a criterion, which criteria an
 * organization answers for. Writes of successions check that no cycle forms (a cycle could never be resolved).
 */
@Component
class Successions {

	private final JdbcClient jdbc;

	Successions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Organization> find(long id) {
		return jdbc.sql("SELECT * FROM organization_organization WHERE id = ?").param(id)
			.query(OrganizationRows::organization).optional();
	}

	List<Organization> all(String provinceCode, LocalDate asOf) {
		return jdbc.sql("""
				SELECT * FROM organization_organization WHERE province_code = :province
				  AND (valid_from IS NULL OR valid_from <= :day) AND (valid_to IS NULL OR valid_to >= :day)
				""").param("province", provinceCode).param("day", asOf).query(OrganizationRows::organization).list()
			.stream().sorted(java.util.Comparator.comparing(Organization::kind).thenComparing(Organization::name))
			.toList();
	}

	/** The successors of an organization, the first recorded first (it takes the lead of the predecessor). */
	List<Succession> successors(long id) {
		return jdbc.sql("""
				SELECT * FROM organization_succession WHERE predecessor_id = ? ORDER BY effective_on, successor_id
				""").param(id).query((rs, n) -> new Succession(rs.getLong("predecessor_id"), rs.getLong("successor_id"),
						rs.getDate("effective_on").toLocalDate())).list();
	}

	List<Succession> predecessors(long id) {
		return jdbc.sql("""
				SELECT * FROM organization_succession WHERE successor_id = ? ORDER BY effective_on, predecessor_id
				""").param(id).query((rs, n) -> new Succession(rs.getLong("predecessor_id"), rs.getLong("successor_id"),
						rs.getDate("effective_on").toLocalDate())).list();
	}

	List<Organization> inForce(long id, LocalDate asOf) {
		return find(id).map(o -> inForce(o, asOf, new HashSet<>())).orElse(List.of());
	}

	private List<Organization> inForce(Organization o, LocalDate asOf, Set<Long> seen) {
		if (!seen.add(o.id())) {
			return List.of();
		}
		if (o.inForceOn(asOf)) {
			return List.of(o);
		}
		if (!o.endedBefore(asOf)) {
			return List.of();
		}
		List<Organization> found = new ArrayList<>();
		for (Succession s : successors(o.id())) {
			if (!s.effectiveOn().isAfter(asOf)) {
				find(s.successorId()).ifPresent(next -> inForce(next, asOf, seen).stream()
					.filter(x -> found.stream().noneMatch(f -> f.id() == x.id())).forEach(found::add));
			}
		}
		return found;
	}

	/** Criterion numbers the organization itself is assigned, as lead or supporting, whatever the date. */
	Set<Integer> ownCriteria(long organizationId, String setCode) {
		return new HashSet<>(jdbc.sql("""
				SELECT a.criterion_number FROM organization_criterion_assignment a
				WHERE a.set_code = :set AND (a.lead_organization_id = :org OR EXISTS (
				  SELECT 1 FROM organization_criterion_support s WHERE s.assignment_id = a.id AND s.organization_id = :org))
				""").param("set", setCode).param("org", organizationId).query(Integer.class).list());
	}

	Set<Integer> assignedCriteria(long organizationId, String setCode, LocalDate asOf) {
		Optional<Organization> organization = find(organizationId);
		if (organization.isEmpty() || !organization.get().inForceOn(asOf)) {
			return Set.of();
		}
		Set<Integer> criteria = new LinkedHashSet<>(ownCriteria(organizationId, setCode));
		Set<Long> seen = new HashSet<>(Set.of(organizationId));
		var queue = new ArrayDeque<Long>(List.of(organizationId));
		while (!queue.isEmpty()) {
			for (Succession s : predecessors(queue.poll())) {
				if (!s.effectiveOn().isAfter(asOf) && seen.add(s.predecessorId())) {
					criteria.addAll(ownCriteria(s.predecessorId(), setCode));
					queue.add(s.predecessorId());
				}
			}
		}
		return criteria;
	}

	Optional<Organization> leadDepartmentFor(String setCode, int criterionNumber, String provinceCode,
			LocalDate asOf) {
		return lead(setCode, criterionNumber, provinceCode)
			.flatMap(lead -> inForce(lead.id(), asOf).stream().findFirst());
	}

	Optional<Organization> lead(String setCode, int criterionNumber, String provinceCode) {
		return jdbc.sql("""
				SELECT o.* FROM organization_organization o JOIN organization_criterion_assignment a
				  ON a.lead_organization_id = o.id
				WHERE a.set_code = ? AND a.criterion_number = ? AND a.province_code = ? AND a.indicator_code IS NULL
				ORDER BY a.id
				""").params(setCode, criterionNumber, provinceCode).query(OrganizationRows::organization).list().stream()
			.findFirst();
	}

	/** True when {@code to} is {@code from} or one of its successors, however far down. */
	boolean reaches(long from, long to) {
		Set<Long> seen = new HashSet<>();
		var queue = new ArrayDeque<Long>(List.of(from));
		while (!queue.isEmpty()) {
			long next = queue.poll();
			if (next == to) {
				return true;
			}
			if (seen.add(next)) {
				successors(next).forEach(s -> queue.add(s.successorId()));
			}
		}
		return false;
	}

	/**
	 * Records that {@code successor} takes over from {@code predecessor}; the caller has checked that no cycle forms
	 * ({@link #reaches}), which is checked again here.
	 */
	void link(long predecessor, long successor, LocalDate effectiveOn) {
		if (reaches(successor, predecessor)) {
			throw new IllegalStateException("succession " + predecessor + " -> " + successor + " would close a cycle");
		}
		jdbc.sql("INSERT INTO organization_succession (predecessor_id, successor_id, effective_on) VALUES (?, ?, ?)")
			.params(predecessor, successor, effectiveOn).update();
	}

	void unlinkSuccessors(long predecessor) {
		jdbc.sql("DELETE FROM organization_succession WHERE predecessor_id = ?").param(predecessor).update();
	}
}
