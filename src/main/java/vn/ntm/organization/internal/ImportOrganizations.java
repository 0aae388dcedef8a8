package vn.ntm.organization.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.organization.Organization;
import vn.ntm.organization.OrganizationChangedConcurrently;
import vn.ntm.organization.OrganizationsRefused;
import vn.ntm.organization.internal.OrganizationSheetCheck.Planned;
import vn.ntm.organization.internal.OrganizationSheetCheck.Ref;
import vn.ntm.shared.AuditEvent;
import vn.ntm.shared.Message;

/**
 * The coordination office imports its province's organizations from the template: upserted by short code, with
 * their validity and successors, and the criteria each leads or supports (confirmed, since the province entered
 * them). All or nothing; every organization and assignment written is audited.
 */
@Component
class ImportOrganizations {

	private static final String ASSIGNMENT = "criterion-assignment";

	private final JdbcClient jdbc;
	private final OrganizationSheetCheck check;
	private final Successions successions;
	private final ApplicationEventPublisher events;

	ImportOrganizations(JdbcClient jdbc, OrganizationSheetCheck check, Successions successions,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.check = check;
		this.successions = successions;
		this.events = events;
	}

	@Transactional
	public int importWorkbook(String provinceCode, InputStream workbook) {
		List<Message> problems = new ArrayList<>();
		List<Planned> rows = check.check(provinceCode, OrganizationSheet.read(workbook), problems);
		if (!problems.isEmpty()) {
			throw new OrganizationsRefused(problems);
		}
		Map<String, Long> ids = new TreeMap<>();
		for (Planned p : rows) {
			ids.put(p.shortCode(), upsert(provinceCode, p));
		}
		for (Planned p : rows) {
			long id = ids.get(p.shortCode());
			List<Successor> before = successions.successors(id).stream()
				.map(s -> new Successor(s.successorId())).toList();
			successions.unlinkSuccessors(id);
			for (Ref ref : p.successors()) {
				long successor = ref.provinceCode().equals(provinceCode) && ids.containsKey(ref.shortCode())
						? ids.get(ref.shortCode()) : check.id(ref).orElseThrow();
				successions.link(id, successor, p.validTo().plusDays(1));
			}
			List<Successor> after = successions.successors(id).stream()
				.map(s -> new Successor(s.successorId())).toList();
			if (!before.equals(after)) {
				events.publishEvent(new AuditEvent("organization-succession", String.valueOf(id), "import",
						before.toString(), p.successors().toString(), provinceCode));
			}
		}
		assign(provinceCode, rows, ids);
		return rows.size();
	}

	private record Successor(long successorId) {
	}

	private long upsert(String provinceCode, Planned p) {
		Optional<Organization> stored = jdbc.sql("""
				SELECT * FROM organization_organization WHERE province_code = ? AND short_code = ?
				""").params(provinceCode, p.shortCode()).query(OrganizationRows::organization).optional();
		Organization after = new Organization(stored.map(Organization::id).orElse(0L), provinceCode, p.kind(),
				p.name(), p.shortCode(), p.unitCode(), false, stored.map(Organization::demo).orElse(false),
				stored.map(o -> o.version() + 1).orElse(0L), p.validFrom(), p.validTo());
		if (stored.isPresent()) {
			Organization before = stored.get();
			if (before.equals(after.withVersion(before.version()))) {
				return before.id();
			}
			int updated = jdbc.sql("""
					UPDATE organization_organization SET kind = ?, name = ?, unit_code = ?, valid_from = ?,
					  valid_to = ?, to_confirm = FALSE, version = version + 1
					WHERE id = ? AND version = ?
					""").params(p.kind().name(), p.name(), p.unitCode(), p.validFrom(), p.validTo(), before.id(),
					before.version()).update();
			if (updated != 1) {
				throw new OrganizationChangedConcurrently(OrganizationRows.AUDIT_TYPE);
			}
			events.publishEvent(new AuditEvent(OrganizationRows.AUDIT_TYPE, String.valueOf(before.id()), "import",
					OrganizationRows.describe(before), OrganizationRows.describe(after), provinceCode));
			return before.id();
		}
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO organization_organization
				  (province_code, kind, name, short_code, unit_code, to_confirm, valid_from, valid_to)
				VALUES (?, ?, ?, ?, ?, FALSE, ?, ?)
				""").params(provinceCode, p.kind().name(), p.name(), p.shortCode(), p.unitCode(), p.validFrom(),
				p.validTo()).update(keys, "id");
		long id = keys.getKey().longValue();
		events.publishEvent(new AuditEvent(OrganizationRows.AUDIT_TYPE, String.valueOf(id), "import", null,
				OrganizationRows.describe(after), provinceCode));
		return id;
	}

	/** Each criterion led in the sheet gets that lead and the sheet's supporters; a supporter alone is added. */
	private void assign(String provinceCode, List<Planned> rows, Map<String, Long> ids) {
		Map<String, Long> leads = new TreeMap<>();
		Map<String, Set<Long>> supports = new TreeMap<>();
		for (Planned p : rows) {
			p.leads().forEach(n -> leads.put(p.setCode() + "#" + n, ids.get(p.shortCode())));
			p.supports().forEach(n -> supports.computeIfAbsent(p.setCode() + "#" + n, k -> new LinkedHashSet<>())
				.add(ids.get(p.shortCode())));
		}
		Set<String> criteria = new java.util.TreeSet<>(leads.keySet());
		criteria.addAll(supports.keySet());
		for (String key : criteria) {
			String set = key.substring(0, key.indexOf('#'));
			int number = Integer.parseInt(key.substring(key.indexOf('#') + 1));
			Set<Long> supporting = supports.getOrDefault(key, Set.of());
			Optional<Long> existing = jdbc.sql("""
					SELECT id FROM organization_criterion_assignment WHERE province_code = ? AND set_code = ?
					  AND criterion_number = ? AND indicator_code IS NULL ORDER BY id
					""").params(provinceCode, set, number).query(Long.class).list().stream().findFirst();
			Long lead = leads.get(key);
			if (existing.isEmpty()) {
				var keys = new GeneratedKeyHolder();
				jdbc.sql("""
						INSERT INTO organization_criterion_assignment
						  (province_code, set_code, criterion_number, lead_organization_id, status)
						VALUES (?, ?, ?, ?, 'CONFIRMED')
						""").params(provinceCode, set, number, lead).update(keys, "id");
				long id = keys.getKey().longValue();
				supporting.stream().filter(s -> !s.equals(lead)).forEach(s -> support(id, s));
				audit(id, "create", null, set, number, lead, supporting, provinceCode);
				continue;
			}
			long id = existing.get();
			if (lead != null) {
				jdbc.sql("""
						UPDATE organization_criterion_assignment SET lead_organization_id = ?, status = 'CONFIRMED',
						  version = version + 1 WHERE id = ?
						""").params(lead, id).update();
				jdbc.sql("DELETE FROM organization_criterion_support WHERE assignment_id = ?").param(id).update();
				supporting.stream().filter(s -> !s.equals(lead)).forEach(s -> support(id, s));
			}
			else {
				List<Long> already = jdbc.sql("SELECT organization_id FROM organization_criterion_support "
						+ "WHERE assignment_id = ?").param(id).query(Long.class).list();
				supporting.stream().filter(s -> !already.contains(s)).forEach(s -> support(id, s));
			}
			audit(id, "import", "assignment " + id, set, number, lead, supporting, provinceCode);
		}
	}

	private void support(long assignmentId, long organizationId) {
		jdbc.sql("INSERT INTO organization_criterion_support (assignment_id, organization_id) VALUES (?, ?)")
			.params(assignmentId, organizationId).update();
	}

	private void audit(long id, String action, String before, String set, int number, Long lead, Set<Long> supporting,
			String provinceCode) {
		events.publishEvent(new AuditEvent(ASSIGNMENT, String.valueOf(id), action, before,
				"set=" + set + "; criterion=" + number + (lead == null ? "" : "; lead=" + lead) + "; supporting="
						+ supporting.stream().map(String::valueOf).collect(Collectors.joining(",")),
				provinceCode));
	}
}
