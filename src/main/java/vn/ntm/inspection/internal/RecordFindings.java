package vn.ntm.inspection.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.inspection.Finding;
import vn.ntm.inspection.InspectionPlan;
import vn.ntm.inspection.InspectionRejected;
import vn.ntm.inspection.Inspections.NewFinding;
import vn.ntm.inspection.Inspections.NewRecommendation;
import vn.ntm.inspection.Visit;
import vn.ntm.shared.AuditEvent;
import vn.ntm.shared.Message;
import vn.ntm.tasks.Task;
import vn.ntm.tasks.TaskStatus;
import vn.ntm.tasks.Tasks;

/**
 * The team at work: a finding per unit and criterion with its evidence (a reported figure that does not hold is
 * flagged, never changed here), recommendations that become tasks, and the closing once those tasks are done.
 */
@Component
class RecordFindings {

	static final int MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

	private final InspectionStore store;
	private final InspectionRights rights;
	private final Tasks tasks;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	RecordFindings(InspectionStore store, InspectionRights rights, Tasks tasks, ApplicationEventPublisher events,
			Clock clock) {
		this.store = store;
		this.rights = rights;
		this.tasks = tasks;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	Finding record(long visitId, NewFinding f) {
		Visit visit = store.visit(visitId).orElseThrow(() -> new NoSuchElementException("visit " + visitId));
		LocalDate today = LocalDate.now(clock);
		rights.requireTeam(visit, today);
		List<Message> problems = new ArrayList<>();
		if (f.text() == null || f.text().isBlank()) {
			problems.add(Message.of("inspection.problem.finding"));
		}
		else if (f.text().length() > 2000) {
			problems.add(Message.of("inspection.problem.finding-long", 2000));
		}
		if (Boolean.FALSE.equals(f.valueHolds()) && (f.reportedValue() == null || f.reportedValue().isBlank())) {
			problems.add(Message.of("inspection.problem.reported-value"));
		}
		if (f.evidence() != null && f.evidence().length > MAX_EVIDENCE_BYTES) {
			problems.add(Message.of("inspection.problem.evidence-large", MAX_EVIDENCE_BYTES / (1024 * 1024)));
		}
		if (!problems.isEmpty()) {
			throw new InspectionRejected(problems);
		}
		long id = store.insertFinding(visit, f, rights.username(), clock.instant());
		store.markVisited(visitId, today);
		events.publishEvent(new AuditEvent("inspection-finding", String.valueOf(id), "create", null,
				visit.unitCode() + (f.criterion() == null ? "" : " / " + f.criterion()) + " / " + f.text().strip()
						+ (Boolean.FALSE.equals(f.valueHolds()) ? " / " + f.reportedValue() : ""),
				visit.provinceCode()));
		return store.finding(id).orElseThrow();
	}

	@Transactional
	Task recommend(long findingId, NewRecommendation r) {
		Finding finding = store.finding(findingId).orElseThrow(() -> new NoSuchElementException("finding " + findingId));
		Visit visit = store.visit(finding.visitId()).orElseThrow();
		rights.requireTeam(visit, LocalDate.now(clock));
		if (finding.closed()) {
			throw new InspectionRejected(List.of(Message.of("inspection.problem.closed")));
		}
		InspectionPlan plan = store.plan(visit.planId()).orElseThrow();
		Task task = tasks.assignOnBehalf(new Tasks.NewTask(visit.provinceCode(), r.text(), r.ownerOrgId(), List.of(),
				r.deadline(), new Task.Directive(plan.documentNumber(), plan.documentDate(), plan.title()), null, null))
			.getFirst();
		store.recommend(findingId, task.id());
		return task;
	}

	@Transactional
	Finding close(long findingId, long expectedVersion) {
		Finding finding = store.finding(findingId).orElseThrow(() -> new NoSuchElementException("finding " + findingId));
		Visit visit = store.visit(finding.visitId()).orElseThrow();
		LocalDate today = LocalDate.now(clock);
		rights.requireTeam(visit, today);
		List<Message> problems = new ArrayList<>();
		for (long taskId : finding.taskIds()) {
			tasks.find(taskId).filter(t -> t.status() != TaskStatus.DONE)
				.ifPresent(t -> problems.add(Message.of("inspection.problem.task-open", t.title(), t.ownerName())));
		}
		if (!problems.isEmpty()) {
			throw new InspectionRejected(problems);
		}
		if (!store.close(findingId, today, rights.username(), expectedVersion)) {
			throw new InspectionRejected(List.of(Message.of("inspection.problem.changed")));
		}
		events.publishEvent(new AuditEvent("inspection-finding", String.valueOf(findingId), "close", null,
				String.valueOf(today), visit.provinceCode()));
		return store.finding(findingId).orElseThrow();
	}
}
