package vn.ntm.tasks.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.shared.AuditEvent;
import vn.ntm.shared.Message;
import vn.ntm.tasks.Task;
import vn.ntm.tasks.TaskChangedConcurrently;
import vn.ntm.tasks.TaskRejected;
import vn.ntm.tasks.TaskStatus;
import vn.ntm.tasks.Tasks.TaskUpdate;

/**
 * The owner (or the office) reports on a task: in progress, done with its evidence, a person assigned, a note and a
 * file. The update names the version it read; a task changed meanwhile is refused, not overwritten.
 */
@Component
class UpdateTask {

	static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

	private final TaskStore store;
	private final TaskRights rights;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	UpdateTask(TaskStore store, TaskRights rights, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.rights = rights;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	Task update(long id, TaskUpdate u, long expectedVersion) {
		Task task = store.find(id, Map.of()).orElseThrow(() -> new NoSuchElementException("task " + id));
		LocalDate today = LocalDate.now(clock);
		rights.requireOwnerOrManager(task, today);
		List<Message> problems = new ArrayList<>();
		if (u.status() == null) {
			problems.add(Message.of("tasks.problem.status"));
		}
		else if (u.status() == TaskStatus.DONE && (u.evidence() == null || u.evidence().isBlank())) {
			problems.add(Message.of("tasks.problem.evidence"));
		}
		if (u.evidence() != null && u.evidence().length() > 2000) {
			problems.add(Message.of("tasks.problem.evidence-long", 2000));
		}
		if (u.assignee() != null && u.assignee().length() > 100) {
			problems.add(Message.of("tasks.problem.assignee-long", 100));
		}
		if (u.attachment() != null && u.attachment().body().length > MAX_FILE_BYTES) {
			problems.add(Message.of("tasks.problem.file-large", MAX_FILE_BYTES / (1024 * 1024)));
		}
		if (!problems.isEmpty()) {
			throw new TaskRejected(problems);
		}
		LocalDate doneOn = u.status() != TaskStatus.DONE ? null : task.doneOn() != null ? task.doneOn() : today;
		String evidence = blankToNull(u.evidence());
		String assignee = blankToNull(u.assignee()) == null ? task.assignee() : u.assignee().strip();
		if (!store.update(id, u.status(), doneOn, evidence, assignee, expectedVersion)) {
			throw new TaskChangedConcurrently(id, store.version(id));
		}
		store.addUpdate(id, clock.instant(), rights.username(), u.status(), blankToNull(u.note()), u.attachment());
		events.publishEvent(new AuditEvent("task", String.valueOf(id), "update", task.status().name(),
				u.status().name() + (evidence == null ? "" : " / " + evidence), task.provinceCode()));
		return store.find(id, Map.of(task.ownerOrgId(), task.ownerName())).orElseThrow();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
