package vn.ntm.tasks.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.ntm.identity.Directory;
import vn.ntm.identity.Directory.Person;
import vn.ntm.identity.Role;
import vn.ntm.organization.Organizations;
import vn.ntm.tasks.Task;

/** Who hears of a task: the owner's officers (a department's, or a committee's), and for an escalation the office. */
@Component
class TaskRecipients {

	private final Directory directory;
	private final Organizations organizations;

	TaskRecipients(Directory directory, Organizations organizations) {
		this.directory = directory;
		this.organizations = organizations;
	}

	/** The task with its owner's name (the scheduler reads tasks without them). */
	Task named(Task t) {
		String name = organizations.find(t.ownerOrgId()).map(o -> o.name()).orElse(t.ownerName());
		return new Task(t.id(), t.provinceCode(), t.title(), t.ownerOrgId(), name, t.assignee(), t.supportOrgIds(),
				t.deadline(), t.directive(), t.recurrence(), t.seriesId(), t.status(), t.doneOn(), t.evidence(),
				t.version());
	}

	List<Person> owners(Task task) {
		Map<String, Person> people = new LinkedHashMap<>();
		// the owner's officers, and those of the organizations it took over from (their accounts act for it)
		for (long org : withPredecessors(task.ownerOrgId(), new java.util.HashSet<>())) {
			directory.holders(Role.DEPARTMENT_OFFICER, String.valueOf(org)).forEach(p -> people.putIfAbsent(p.username(), p));
		}
		organizations.find(task.ownerOrgId()).map(o -> o.unitCode()).filter(code -> code != null).ifPresent(code -> {
			directory.holders(Role.COMMUNE_OFFICER, code).forEach(p -> people.putIfAbsent(p.username(), p));
			directory.holders(Role.DISTRICT_OFFICER, code).forEach(p -> people.putIfAbsent(p.username(), p));
		});
		return new ArrayList<>(people.values());
	}

	private java.util.Set<Long> withPredecessors(long org, java.util.Set<Long> seen) {
		if (seen.add(org)) {
			organizations.predecessors(org).forEach(s -> withPredecessors(s.predecessorId(), seen));
		}
		return seen;
	}

	List<Person> escalation(Task task) {
		Map<String, Person> people = new LinkedHashMap<>();
		owners(task).forEach(p -> people.putIfAbsent(p.username(), p));
		directory.holders(Role.COORDINATION_OFFICE, task.provinceCode()).forEach(p -> people.putIfAbsent(p.username(), p));
		return new ArrayList<>(people.values());
	}
}
