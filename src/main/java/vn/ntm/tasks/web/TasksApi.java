package vn.ntm.tasks.web;

import java.net.URI;
import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.ntm.shared.platform.Messages;
import vn.ntm.tasks.Task;
import vn.ntm.tasks.TaskChangedConcurrently;
import vn.ntm.tasks.TaskRejected;
import vn.ntm.tasks.TaskState;
import vn.ntm.tasks.TaskStatus;
import vn.ntm.tasks.Tasks;

/**
 * {@code /api/v1/tasks}: list by owner, state or directive; assign (the coordination office); update (the owner or the
 * office, naming the version read). Rights are checked by {@link Tasks}: 403 outside them.
 */
@RestController
@RequestMapping("/api/v1/tasks")
class TasksApi {

	private final Tasks tasks;
	private final Messages messages;

	TasksApi(Tasks tasks, Messages messages) {
		this.tasks = tasks;
		this.messages = messages;
	}

	/** A task as the API shows it: with its state today. */
	record TaskJson(Task task, TaskState state) {
	}

	record UpdateRequest(TaskStatus status, String evidence, String assignee, String note, long version) {
	}

	@GetMapping
	List<TaskJson> list(@RequestParam String province, @RequestParam(required = false) Long owner,
			@RequestParam(required = false) TaskState state, @RequestParam(required = false) String directive,
			@RequestParam(defaultValue = "false") boolean mine) {
		return tasks.list(province, new Tasks.Filter(owner, state, directive, mine)).stream()
			.map(t -> new TaskJson(t, tasks.stateToday(t))).toList();
	}

	@GetMapping("/{id}")
	TaskJson one(@PathVariable long id) {
		Task t = tasks.find(id).orElseThrow(() -> new NoSuchElementException("task " + id));
		return new TaskJson(t, tasks.stateToday(t));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	List<TaskJson> assign(@RequestBody Tasks.NewTask task) {
		return tasks.assign(task).stream().map(t -> new TaskJson(t, tasks.stateToday(t))).toList();
	}

	@PutMapping("/{id}")
	TaskJson update(@PathVariable long id, @RequestBody UpdateRequest u) {
		Task t = tasks.update(id, new Tasks.TaskUpdate(u.status(), u.evidence(), u.assignee(), u.note(), null),
				u.version());
		return new TaskJson(t, tasks.stateToday(t));
	}

	@ExceptionHandler
	ProblemDetail rejected(TaskRejected e) {
		ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				messages.get("tasks.rejected", e.problems().size()));
		p.setType(URI.create("urn:ntm:problem:task-rejected"));
		p.setProperty("errors", e.problems().stream().map(messages::get).toList());
		return p;
	}

	@ExceptionHandler
	ProblemDetail changed(TaskChangedConcurrently e) {
		ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, messages.get("tasks.update.conflict"));
		p.setType(URI.create("urn:ntm:problem:concurrent-change"));
		p.setProperty("currentVersion", e.currentVersion());
		return p;
	}

	@ExceptionHandler
	ProblemDetail missing(NoSuchElementException e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
	}
}
