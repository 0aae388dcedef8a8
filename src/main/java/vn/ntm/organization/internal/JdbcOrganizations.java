package vn.ntm.organization.internal;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.organization.AssignmentStatus;
import vn.ntm.organization.CriterionAssignment;
import vn.ntm.organization.Organization;
import vn.ntm.organization.OrganizationChangedConcurrently;
import vn.ntm.organization.Organizations;
import vn.ntm.organization.SupportAssignment;
import vn.ntm.organization.Succession;
import vn.ntm.shared.AuditEvent;

@Repository
@Transactional(readOnly = true)
public class JdbcOrganizations implements Organizations {

	private static final String ORGANIZATION = OrganizationRows.AUDIT_TYPE;
	private static final String CRITERION_ASSIGNMENT = "criterion-assignment";
	private static final String SUPPORT_ASSIGNMENT = "support-assignment";

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final ReferenceOrganizations reference;
	private final Successions successions;
	private final EndOrganization ending;
	private final ImportOrganizations imports;

	JdbcOrganizations(JdbcClient jdbc, ApplicationEventPublisher events, ReferenceOrganizations reference,
			Successions successions, EndOrganization ending, ImportOrganizations imports) {
		this.jdbc = jdbc;
		this.events = events;
		this.reference = reference;
		this.successions = successions;
		this.ending = ending;
		this.imports = imports;
	}

	@Override
	public Optional<Organization> find(long id) {
		return successions.find(id);
	}

	@Override
	public Optional<Organization> findByShortCode(String provinceCode, String shortCode) {
		return jdbc.sql("SELECT * FROM organization_organization WHERE province_code = ? AND short_code = ?")
				.params(provinceCode, shortCode).query(OrganizationRows::organization).optional();
	}

	@Override
	public List<String> provinces() {
		return jdbc.sql("SELECT DISTINCT province_code FROM organization_organization ORDER BY province_code")
				.query(String.class).list();
	}

	@Override
	public List<Organization> all(String provinceCode) {
		return jdbc.sql("SELECT * FROM organization_organization WHERE province_code = ? ORDER BY kind, name")
				.param(provinceCode).query(OrganizationRows::organization).list().stream()
				.sorted(java.util.Comparator.comparing(Organization::kind).thenComparing(Organization::name))
				.toList();
	}

	@Override
	public Set<Integer> assignedCriteria(long organizationId, String setCode) {
		return successions.ownCriteria(organizationId, setCode);
	}

	@Override
	public Optional<Organization> leadDepartmentFor(String setCode, int criterionNumber, String provinceCode) {
		return successions.lead(setCode, criterionNumber, provinceCode);
	}

	@Override
	public List<Organization> all(String provinceCode, LocalDate asOf) {
		return successions.all(provinceCode, asOf);
	}

	@Override
	public List<Succession> successors(long id) {
		return successions.successors(id);
	}

	@Override
	public List<Succession> predecessors(long id) {
		return successions.predecessors(id);
	}

	@Override
	public List<Organization> inForce(long id, LocalDate asOf) {
		return successions.inForce(id, asOf);
	}

	@Override
	public Set<Integer> assignedCriteria(long organizationId, String setCode, LocalDate asOf) {
		return successions.assignedCriteria(organizationId, setCode, asOf);
	}

	@Override
	public Optional<Organization> leadDepartmentFor(String setCode, int criterionNumber, String provinceCode,
			LocalDate asOf) {
		return successions.leadDepartmentFor(setCode, criterionNumber, provinceCode, asOf);
	}

	@Override
	@Transactional
	public void end(long id, LocalDate lastDay, List<Long> successorIds) {
		ending.end(id, lastDay, successorIds);
	}

	@Override
	@Transactional
	public int importWorkbook(String provinceCode, InputStream workbook) {
		return imports.importWorkbook(provinceCode, workbook);
	}

	@Override
	public Set<String> supportedUnits(long organizationId, int year) {
		return new LinkedHashSet<>(jdbc.sql("""
				SELECT DISTINCT unit_code FROM organization_support_assignment
				WHERE organization_id = ? AND support_year = ? ORDER BY unit_code
				""").params(organizationId, year).query(String.class).list());
	}

	@Override
	public Set<String> supportedUnits(long organizationId) {
		return new LinkedHashSet<>(jdbc.sql("""
				SELECT DISTINCT unit_code FROM organization_support_assignment
				WHERE organization_id = ? ORDER BY unit_code
				""").param(organizationId).query(String.class).list());
	}

	@Override
	public List<CriterionAssignment> criterionAssignments(String provinceCode, String setCode) {
		List<Long[]> supports = jdbc.sql("""
				SELECT s.assignment_id, s.organization_id FROM organization_criterion_support s
				JOIN organization_criterion_assignment a ON a.id = s.assignment_id
				WHERE a.province_code = ? AND a.set_code = ?
				""").params(provinceCode, setCode)
				.query((rs, n) -> new Long[] { rs.getLong(1), rs.getLong(2) }).list();
		return jdbc.sql("""
				SELECT * FROM organization_criterion_assignment WHERE province_code = ? AND set_code = ?
				ORDER BY criterion_number, indicator_code NULLS FIRST, id
				""").params(provinceCode, setCode).query((rs, n) -> {
			long id = rs.getLong("id");
			Set<Long> supporting = supports.stream().filter(p -> p[0] == id).map(p -> p[1])
					.collect(Collectors.toCollection(LinkedHashSet::new));
			return new CriterionAssignment(id, rs.getString("province_code"), rs.getString("set_code"),
					rs.getInt("criterion_number"), rs.getString("indicator_code"),
					rs.getLong("lead_organization_id"), supporting, AssignmentStatus.valueOf(rs.getString("status")),
					rs.getLong("version"));
		}).list();
	}

	@Override
	public List<SupportAssignment> supportAssignments(String provinceCode, int year) {
		return jdbc.sql("""
				SELECT s.* FROM organization_support_assignment s
				JOIN organization_organization o ON o.id = s.organization_id
				WHERE o.province_code = ? AND s.support_year = ? ORDER BY o.name, s.unit_code
				""").params(provinceCode, year)
				.query(OrganizationRows::support)
				.list();
	}

	private String provinceOf(long organizationId) {
		return find(organizationId).map(Organization::provinceCode).orElse(null);
	}

	@Override
	@Transactional
	public void loadReference(String provinceCode) {
		reference.load(provinceCode);
	}

	@Override
	@Transactional
	public long create(Organization o) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO organization_organization
				  (province_code, kind, name, short_code, unit_code, to_confirm, demo, valid_from, valid_to)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""").params(o.provinceCode(), o.kind().name(), o.name(), o.shortCode(), o.unitCode(), o.toConfirm(),
				o.demo(), o.validFrom(), o.validTo()).update(keys, "id");
		long id = keys.getKey().longValue();
		events.publishEvent(new AuditEvent(ORGANIZATION, String.valueOf(id), "create", null,
				OrganizationRows.describe(o),
				o.provinceCode()));
		return id;
	}

	/** Saves the organization if nobody changed it since {@code o.version()} was read. */
	@Transactional
	public void update(Organization o) {
		Organization before = find(o.id()).orElseThrow(() -> new OrganizationChangedConcurrently(ORGANIZATION));
		int updated = jdbc.sql("""
				UPDATE organization_organization SET kind = ?, name = ?, short_code = ?, unit_code = ?,
				  to_confirm = ?, version = version + 1
				WHERE id = ? AND version = ?
				""").params(o.kind().name(), o.name(), o.shortCode(), o.unitCode(), o.toConfirm(), o.id(), o.version())
				.update();
		if (updated != 1) {
			throw new OrganizationChangedConcurrently(ORGANIZATION);
		}
		events.publishEvent(new AuditEvent(ORGANIZATION, String.valueOf(o.id()), "update",
				OrganizationRows.describe(before), OrganizationRows.describe(o), before.provinceCode()));
	}

	@Transactional
	public long createCriterionAssignment(CriterionAssignment a) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO organization_criterion_assignment
				  (province_code, set_code, criterion_number, indicator_code, lead_organization_id, status)
				VALUES (?, ?, ?, ?, ?, ?)
				""").params(a.provinceCode(), a.setCode(), a.criterionNumber(), a.indicatorCode(),
				a.leadOrganizationId(), a.status().name()).update(keys, "id");
		long id = keys.getKey().longValue();
		insertSupporting(id, a.supportingOrganizationIds());
		events.publishEvent(new AuditEvent(CRITERION_ASSIGNMENT, String.valueOf(id), "create", null,
				OrganizationRows.describe(a),
				a.provinceCode()));
		return id;
	}

	@Transactional
	public void updateCriterionAssignment(CriterionAssignment a) {
		CriterionAssignment before = criterionAssignments(a.provinceCode(), a.setCode()).stream()
				.filter(x -> x.id() == a.id()).findFirst()
				.orElseThrow(() -> new OrganizationChangedConcurrently(CRITERION_ASSIGNMENT));
		int updated = jdbc.sql("""
				UPDATE organization_criterion_assignment SET lead_organization_id = ?, indicator_code = ?,
				  status = ?, version = version + 1
				WHERE id = ? AND version = ?
				""").params(a.leadOrganizationId(), a.indicatorCode(), a.status().name(), a.id(), a.version()).update();
		if (updated != 1) {
			throw new OrganizationChangedConcurrently(CRITERION_ASSIGNMENT);
		}
		jdbc.sql("DELETE FROM organization_criterion_support WHERE assignment_id = ?").param(a.id()).update();
		insertSupporting(a.id(), a.supportingOrganizationIds());
		events.publishEvent(new AuditEvent(CRITERION_ASSIGNMENT, String.valueOf(a.id()), "update",
				OrganizationRows.describe(before),
				OrganizationRows.describe(a), a.provinceCode()));
	}

	@Override
	@Transactional
	public long addSupportAssignment(SupportAssignment s) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO organization_support_assignment (organization_id, unit_code, support_year, role)
				VALUES (?, ?, ?, ?)
				""").params(s.organizationId(), s.unitCode(), s.year(), s.role().name()).update(keys, "id");
		long id = keys.getKey().longValue();
		events.publishEvent(new AuditEvent(SUPPORT_ASSIGNMENT, String.valueOf(id), "create", null,
				OrganizationRows.describe(s),
				provinceOf(s.organizationId())));
		return id;
	}

	@Transactional
	public void removeSupportAssignment(long id) {
		Optional<SupportAssignment> before = jdbc.sql("SELECT * FROM organization_support_assignment WHERE id = ?")
				.param(id)
				.query(OrganizationRows::support)
				.optional();
		if (before.isPresent()) {
			jdbc.sql("DELETE FROM organization_support_assignment WHERE id = ?").param(id).update();
			events.publishEvent(new AuditEvent(SUPPORT_ASSIGNMENT, String.valueOf(id), "delete",
					OrganizationRows.describe(before.get()), null, provinceOf(before.get().organizationId())));
		}
	}

	public Optional<String> provinceOfSupportAssignment(long id) {
		return jdbc.sql("""
				SELECT o.province_code FROM organization_support_assignment s
				JOIN organization_organization o ON o.id = s.organization_id WHERE s.id = ?
				""").param(id).query(String.class).optional();
	}

	private void insertSupporting(long assignmentId, Set<Long> organizationIds) {
		for (Long org : organizationIds == null ? Set.<Long>of() : organizationIds) {
			jdbc.sql("INSERT INTO organization_criterion_support (assignment_id, organization_id) VALUES (?, ?)")
					.params(assignmentId, org).update();
		}
	}
}
