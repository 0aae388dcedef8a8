package vn.ntm.organization.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.organization.Organization;
import vn.ntm.organization.OrganizationChangedConcurrently;
import vn.ntm.organization.OrganizationsRefused;
import vn.ntm.shared.AuditEvent;
import vn.ntm.shared.Message;
import vn.ntm.shared.VietnameseFormat;

/** A department ends (merged, split, dissolved): its last day, and who takes over from the next day. */
@Component
class EndOrganization {

	private final JdbcClient jdbc;
	private final Successions successions;
	private final ApplicationEventPublisher events;

	EndOrganization(JdbcClient jdbc, Successions successions, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.successions = successions;
		this.events = events;
	}

	@Transactional
	public void end(long id, LocalDate lastDay, List<Long> successorIds) {
		Organization before = successions.find(id).orElseThrow(() -> new OrganizationsRefused(
				List.of(Message.of("organization.end.unknown", id))));
		LocalDate next = lastDay.plusDays(1);
		List<Message> problems = new ArrayList<>();
		if (before.validFrom() != null && lastDay.isBefore(before.validFrom())) {
			problems.add(Message.of("organization.end.before-start", VietnameseFormat.date(lastDay),
					VietnameseFormat.date(before.validFrom())));
		}
		List<Organization> successors = new ArrayList<>();
		for (long successorId : new LinkedHashSet<>(successorIds)) {
			var successor = successions.find(successorId);
			if (successor.isEmpty()) {
				problems.add(Message.of("organization.end.unknown-successor", successorId));
			}
			else if (successorId == id || successions.reaches(successorId, id)) {
				problems.add(Message.of("organization.end.cycle", before.name(), successor.get().name()));
			}
			else if (!successor.get().inForceOn(next)) {
				problems.add(Message.of("organization.end.successor-not-in-force", successor.get().name(),
						VietnameseFormat.date(next)));
			}
			else {
				successors.add(successor.get());
			}
		}
		if (!problems.isEmpty()) {
			throw new OrganizationsRefused(problems);
		}
		int updated = jdbc.sql("""
				UPDATE organization_organization SET valid_to = ?, version = version + 1 WHERE id = ? AND version = ?
				""").params(lastDay, id, before.version()).update();
		if (updated != 1) {
			throw new OrganizationChangedConcurrently(OrganizationRows.AUDIT_TYPE);
		}
		successions.unlinkSuccessors(id);
		successors.forEach(s -> successions.link(id, s.id(), next));
		events.publishEvent(new AuditEvent(OrganizationRows.AUDIT_TYPE, String.valueOf(id), "end",
				OrganizationRows.describe(before),
				"validTo=" + lastDay + "; successors=" + successors.stream()
					.map(s -> s.provinceCode() + "/" + s.shortCode()).collect(Collectors.joining(", ")),
				before.provinceCode()));
	}
}
