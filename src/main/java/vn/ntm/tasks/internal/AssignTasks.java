package vn.ntm.tasks.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.organization.Organization;
import vn.ntm.organization.Organizations;
import vn.ntm.shared.AuditEvent;
import vn.ntm.shared.Message;
import static vn.ntm.shared.VietnameseFormat.date;
import vn.ntm.tasks.Task;
import vn.ntm.tasks.TaskRejected;
import vn.ntm.tasks.TaskStatus;
import vn.ntm.tasks.Tasks.NewTask;

/** The coordination office assigns a directive's task; a recurring duty becomes its occurrences up to an end date. */
@Component
class AssignTasks {

	private final TaskStore store;
	private final TaskRights rights;
	private final Organizations organizations;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	AssignTasks(TaskStore store, TaskRights rights, Organizations organizations, ApplicationEventPublisher events,
			Clock clock) {
		this.store = store;
		this.rights = rights;
		this.organizations = organizations;
		this.events = events;
		this.clock = clock;
	}

	/** @param asOffice check that the user is the province's coordination office */
	@Transactional
	List<Task> assign(NewTask n, boolean asOffice) {
		List<Message> problems = new ArrayList<>();
		if (n.provinceCode() == null || n.provinceCode().isBlank()) {
			throw new TaskRejected(List.of(Message.of("tasks.problem.province")));
		}
		if (asOffice) {
			rights.requireManager(n.provinceCode());
		}
		if (n.title() == null || n.title().isBlank()) {
			problems.add(Message.of("tasks.problem.title"));
		}
		else if (n.title().length() > 1000) {
			problems.add(Message.of("tasks.problem.title-long", 1000));
		}
		Optional<Organization> owner = n.ownerOrgId() == null ? Optional.empty() : organizations.find(n.ownerOrgId())
			.filter(o -> o.provinceCode().equals(n.provinceCode()));
		if (n.ownerOrgId() == null) {
			problems.add(Message.of("tasks.problem.owner"));
		}
		else if (owner.isEmpty()) {
			problems.add(Message.of("tasks.problem.owner-unknown", n.ownerOrgId()));
		}
		for (Long support : n.supportOrgIds() == null ? List.<Long>of() : n.supportOrgIds()) {
			if (organizations.find(support).filter(o -> o.provinceCode().equals(n.provinceCode())).isEmpty()) {
				problems.add(Message.of("tasks.problem.support-unknown", support));
			}
		}
		if (n.deadline() == null) {
			problems.add(Message.of("tasks.problem.deadline"));
		}
		else if (n.directive() != null && n.directive().date() != null && n.deadline().isBefore(n.directive().date())) {
			problems.add(Message.of("tasks.problem.deadline-before-directive", date(n.deadline()), date(n.directive().date())));
		}
		if (n.deadline() != null && n.recurrence() != null && n.until() != null && n.until().isBefore(n.deadline())) {
			problems.add(Message.of("tasks.problem.until-before-deadline", date(n.until()), date(n.deadline())));
		}
		if (!problems.isEmpty()) {
			throw new TaskRejected(problems);
		}
		List<Task> created = new ArrayList<>();
		Long series = null;
		for (LocalDate deadline : TaskDeadlines.of(n.deadline(), n.recurrence(), n.until())) {
			Task t = new Task(0, n.provinceCode(), n.title().strip(), n.ownerOrgId(), owner.get().name(), null,
					n.supportOrgIds(), deadline, n.directive(), n.recurrence(), series, TaskStatus.NOT_STARTED, null,
					null, 0);
			long id = store.insert(t, rights.username(), clock.instant());
			if (n.recurrence() != null && series == null) {
				series = id;
				store.setSeries(id, id);
			}
			events.publishEvent(new AuditEvent("task", String.valueOf(id), "create", null,
					t.title() + " / " + owner.get().name() + " / " + deadline, n.provinceCode()));
			created.add(store.find(id, Map.of(t.ownerOrgId(), t.ownerName())).orElseThrow());
		}
		return created;
	}
}
