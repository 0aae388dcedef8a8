package vn.ntm.tasks.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.ntm.tasks.Task;
import vn.ntm.tasks.TaskState;
import vn.ntm.tasks.Tasks;

/** The module's entry point, each operation a use case of its own. */
@Component
class TaskService implements Tasks {

	private final AssignTasks assign;
	private final UpdateTask update;
	private final TaskQueries queries;

	TaskService(AssignTasks assign, UpdateTask update, TaskQueries queries) {
		this.assign = assign;
		this.update = update;
		this.queries = queries;
	}

	@Override
	public List<Task> assign(NewTask task) {
		return assign.assign(task, true);
	}

	@Override
	public List<Task> assignOnBehalf(NewTask task) {
		return assign.assign(task, false);
	}

	@Override
	public Task update(long id, TaskUpdate u, long expectedVersion) {
		update.update(id, u, expectedVersion);
		return queries.find(id).orElseThrow();
	}

	@Override
	public Optional<Task> find(long id) {
		return queries.find(id);
	}

	@Override
	public List<Update> updates(long id) {
		return queries.updates(id);
	}

	@Override
	public List<Task> list(String provinceCode, Filter filter) {
		return queries.list(provinceCode, filter);
	}

	@Override
	public List<OwnerRecord> records(String provinceCode, int year) {
		return queries.records(provinceCode, year);
	}

	@Override
	public OwnOpen ownOpen() {
		return queries.ownOpen();
	}

	@Override
	public boolean canUpdate(Task task) {
		return queries.canUpdate(task);
	}

	@Override
	public Optional<Attachment> attachment(long taskId, long updateId) {
		return queries.attachment(taskId, updateId);
	}

	@Override
	public List<String> provincesOfCurrentUser() {
		return queries.provincesOfCurrentUser();
	}

	@Override
	public TaskState stateToday(Task task) {
		return task.state(queries.today());
	}
}
