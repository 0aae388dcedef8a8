package vn.ntm.inspection.internal;

import static vn.ntm.shared.VietnameseFormat.date;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.geography.Geography;
import vn.ntm.inspection.InspectionPlan;
import vn.ntm.inspection.InspectionRejected;
import vn.ntm.inspection.Inspections.NewPlan;
import vn.ntm.inspection.Inspections.NewVisit;
import vn.ntm.inspection.Visit;
import vn.ntm.organization.Organizations;
import vn.ntm.shared.AuditEvent;
import vn.ntm.shared.Message;

/** The coordination office's plan of the year and its visits: which unit, when, on what, by which team. */
@Component
class PlanInspections {

	private final InspectionStore store;
	private final InspectionRights rights;
	private final Geography geography;
	private final Organizations organizations;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	PlanInspections(InspectionStore store, InspectionRights rights, Geography geography, Organizations organizations,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.rights = rights;
		this.geography = geography;
		this.organizations = organizations;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	InspectionPlan plan(NewPlan p) {
		if (p.provinceCode() == null || p.provinceCode().isBlank()) {
			throw new InspectionRejected(List.of(Message.of("inspection.problem.province")));
		}
		rights.requireManager(p.provinceCode());
		List<Message> problems = new ArrayList<>();
		if (p.title() == null || p.title().isBlank()) {
			problems.add(Message.of("inspection.problem.title"));
		}
		if (p.year() == null || p.year() < 2010 || p.year() > 2100) {
			problems.add(Message.of("inspection.problem.year", p.year() == null ? "" : p.year()));
		}
		if (!problems.isEmpty()) {
			throw new InspectionRejected(problems);
		}
		long id = store.insertPlan(p, rights.username(), clock.instant());
		events.publishEvent(new AuditEvent("inspection-plan", String.valueOf(id), "create", null,
				p.year() + " / " + p.title(), p.provinceCode()));
		return store.plan(id).orElseThrow();
	}

	@Transactional
	Visit addVisit(long planId, NewVisit v) {
		InspectionPlan plan = store.plan(planId).orElseThrow(() -> new NoSuchElementException("plan " + planId));
		rights.requireManager(plan.provinceCode());
		List<Message> problems = new ArrayList<>();
		if (v.kind() == null) {
			problems.add(Message.of("inspection.problem.kind"));
		}
		if (v.plannedOn() == null) {
			problems.add(Message.of("inspection.problem.planned-on"));
		}
		else if (v.plannedOn().getYear() != plan.year()) {
			problems.add(Message.of("inspection.problem.planned-year", date(v.plannedOn()), plan.year()));
		}
		if (v.unitCode() == null || v.unitCode().isBlank()) {
			problems.add(Message.of("inspection.problem.unit"));
		}
		else if (geography.findLatest(v.unitCode().strip(), clock.instant().atZone(clock.getZone()).toLocalDate())
			.filter(u -> u.path().contains("/" + plan.provinceCode() + "/")).isEmpty()) {
			problems.add(Message.of("inspection.problem.unit-unknown", v.unitCode()));
		}
		Set<Long> team = new LinkedHashSet<>();
		if (v.leadOrgId() == null) {
			problems.add(Message.of("inspection.problem.lead"));
		}
		else {
			team.add(v.leadOrgId());
		}
		if (v.teamOrgIds() != null) {
			team.addAll(v.teamOrgIds());
		}
		for (Long org : team) {
			if (organizations.find(org).filter(o -> o.provinceCode().equals(plan.provinceCode())).isEmpty()) {
				problems.add(Message.of("inspection.problem.team-unknown", org));
			}
		}
		if (!problems.isEmpty()) {
			throw new InspectionRejected(problems);
		}
		long id = store.insertVisit(planId, new NewVisit(v.kind(), v.unitCode().strip(), v.topics(), v.plannedOn(),
				v.leadOrgId(), List.copyOf(team)));
		events.publishEvent(new AuditEvent("inspection-visit", String.valueOf(id), "create", null,
				v.kind() + " / " + v.unitCode() + " / " + v.plannedOn(), plan.provinceCode()));
		return store.visit(id).orElseThrow();
	}
}
