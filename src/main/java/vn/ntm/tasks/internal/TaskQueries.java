package vn.ntm.tasks.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.organization.Organization;
import vn.ntm.organization.Organizations;
import vn.ntm.tasks.Task;
import vn.ntm.tasks.TaskState;
import vn.ntm.tasks.Tasks.Filter;
import vn.ntm.tasks.Tasks.OwnerRecord;
import vn.ntm.tasks.Tasks.Update;

/** The read side of tasks: one task, a province's list with its filters, each owner's record over a year. */
@Component
class TaskQueries {

	private final TaskStore store;
	private final TaskRights rights;
	private final Organizations organizations;
	private final Clock clock;

	TaskQueries(TaskStore store, TaskRights rights, Organizations organizations, Clock clock) {
		this.store = store;
		this.rights = rights;
		this.organizations = organizations;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	@Transactional(readOnly = true)
	Optional<Task> find(long id) {
		String province = store.provinceOf(id);
		if (province == null) {
			return Optional.empty();
		}
		rights.requireReader(province);
		return store.find(id, names(province));
	}

	@Transactional(readOnly = true)
	List<Update> updates(long id) {
		find(id);
		return store.updates(id);
	}

	@Transactional(readOnly = true)
	List<Task> list(String province, Filter filter) {
		rights.requireReader(province);
		LocalDate today = today();
		Set<Long> own = filter.mine() ? rights.ownOrganizations(province, today) : Set.of();
		return store.inProvince(province, names(province)).stream()
			.filter(t -> filter.ownerOrgId() == null || t.ownerOrgId() == filter.ownerOrgId())
			.filter(t -> filter.state() == null || t.state(today) == filter.state())
			.filter(t -> filter.directiveNumber() == null
					|| t.directive() != null && filter.directiveNumber().equals(t.directive().number()))
			.filter(t -> !filter.mine() || own.contains(t.ownerOrgId()))
			.sorted(Comparator.comparing((Task t) -> t.state(today) != TaskState.OVERDUE)
				.thenComparing(t -> !t.state(today).open()).thenComparing(Task::deadline).thenComparing(Task::id))
			.toList();
	}

	@Transactional(readOnly = true)
	Optional<vn.ntm.tasks.Tasks.Attachment> attachment(long taskId, long updateId) {
		if (find(taskId).isEmpty()) {
			return Optional.empty();
		}
		return store.attachment(taskId, updateId);
	}

	vn.ntm.tasks.Tasks.OwnOpen ownOpen() {
		LocalDate today = today();
		java.util.Set<Long> own = new java.util.HashSet<>();
		for (String province : rights.provinces(today)) {
			own.addAll(rights.ownOrganizations(province, today));
		}
		return own.isEmpty() ? new vn.ntm.tasks.Tasks.OwnOpen(0, 0) : store.countOpen(own, today);
	}

	boolean canUpdate(Task task) {
		return rights.manages(task.provinceCode())
				|| rights.ownOrganizations(task.provinceCode(), today()).contains(task.ownerOrgId());
	}

	List<String> provincesOfCurrentUser() {
		return rights.provinces(today());
	}

	/** Tasks due in the year (to today, during the year) per owner; an owner without any is not listed. */
	@Transactional(readOnly = true)
	List<OwnerRecord> records(String province, int year) {
		rights.requireReader(province);
		LocalDate today = today();
		Map<Long, List<Task>> byOwner = store.inProvince(province, names(province)).stream()
			.filter(t -> t.deadline().getYear() == year)
			.collect(Collectors.groupingBy(Task::ownerOrgId, LinkedHashMap::new, Collectors.toList()));
		List<OwnerRecord> records = new ArrayList<>();
		byOwner.forEach((owner, tasks) -> {
			int onTime = count(tasks, today, TaskState.DONE_ON_TIME);
			int late = count(tasks, today, TaskState.DONE_LATE);
			int overdue = count(tasks, today, TaskState.OVERDUE);
			int open = (int) tasks.stream().filter(t -> t.state(today).open()).count();
			records.add(new OwnerRecord(owner, tasks.getFirst().ownerName(), tasks.size(), onTime, late, open, overdue));
		});
		records.sort(Comparator.comparingInt(OwnerRecord::overdue).reversed().thenComparing(OwnerRecord::ownerName));
		return records;
	}

	private static int count(List<Task> tasks, LocalDate today, TaskState state) {
		return (int) tasks.stream().filter(t -> t.state(today) == state).count();
	}

	private Map<Long, String> names(String province) {
		return organizations.all(province).stream().collect(Collectors.toMap(Organization::id, Organization::name,
				(a, b) -> a));
	}
}
