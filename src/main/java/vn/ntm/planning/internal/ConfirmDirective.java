package vn.ntm.planning.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Geography;
import vn.ntm.geography.UnitLevel;
import vn.ntm.identity.Access;
import vn.ntm.planning.DirectiveConfirmation;
import vn.ntm.planning.DirectiveConfirmation.TaskToAssign;
import vn.ntm.planning.DirectiveRefused;
import vn.ntm.planning.DirectiveRefused.Problem;
import vn.ntm.planning.Plan;
import vn.ntm.planning.Target;
import vn.ntm.shared.AuditEvent;
import vn.ntm.shared.Message;
import vn.ntm.tasks.Task;
import vn.ntm.tasks.TaskRejected;
import vn.ntm.tasks.Tasks;

/**
 * Confirms a corrected directive preview in one transaction: the kept units become named targets of the province's
 * plan of the year (the plan must exist: plans are created on their own page, with their title; a unit the plan
 * already has for the tier is not added twice), and each kept task
 * is assigned through {@link Tasks#assign}, one per owner. Every row is checked before anything is kept; one row
 * refused refuses the whole confirmation, naming each row, and the transaction rolls back what was written.
 */
@Component
class ConfirmDirective {

	private final PlanStore store;
	private final EditPlan edit;
	private final Geography geography;
	private final Tasks tasks;
	private final Access access;
	private final ApplicationEventPublisher events;

	ConfirmDirective(PlanStore store, EditPlan edit, Geography geography, Tasks tasks, Access access,
			ApplicationEventPublisher events) {
		this.store = store;
		this.edit = edit;
		this.geography = geography;
		this.tasks = tasks;
		this.access = access;
		this.events = events;
	}

	@Transactional
	DirectiveConfirmation.Confirmed confirm(DirectiveConfirmation c) {
		Message document = Message.of("planning.directive.confirm.row.document");
		String province = c.provinceCode();
		if (province == null || province.isBlank()) {
			throw new DirectiveRefused(List.of(new Problem("provinceCode", document,
					Message.of("planning.directive.confirm.province"))));
		}
		if (!access.canManage(province)) {
			throw new AccessDeniedException("only the province's coordination office confirms a directive");
		}
		List<Problem> problems = new ArrayList<>();
		if (c.number() == null || c.number().isBlank()) {
			problems.add(new Problem("number", document, Message.of("planning.directive.confirm.number")));
		}
		if (c.date() == null) {
			problems.add(new Problem("date", document, Message.of("planning.directive.confirm.date")));
		}
		Integer year = c.year() != null ? c.year() : c.date() != null ? Integer.valueOf(c.date().getYear()) : null;
		Optional<Plan> plan = year == null ? Optional.empty() : store.find(province, year);
		if (year != null && plan.isEmpty()) {
			problems.add(new Problem("year", document,
					Message.of("planning.directive.confirm.no-plan", String.valueOf(year), province)));
		}
		List<String> already = new ArrayList<>();
		List<Target> targets = targets(c, year, plan.orElse(null), problems, already);
		List<Task> assigned = assign(c, problems);
		if (!problems.isEmpty()) {
			throw new DirectiveRefused(problems);
		}
		Plan before = plan.orElseThrow();
		Plan after = targets.isEmpty() ? before
				: edit.addTargets(before.id(), targets, c.planVersion() != null ? c.planVersion() : before.version());
		Set<Long> old = new HashSet<>(before.targets().stream().map(Target::id).toList());
		List<Target.Named> added = after.named().stream().filter(t -> !old.contains(t.id())).toList();
		events.publishEvent(new AuditEvent("directive", province + "/" + c.number(), "confirm", null,
				added.size() + " targets, " + assigned.size() + " tasks", province));
		return new DirectiveConfirmation.Confirmed(before.id(), province, year, added, already, assigned);
	}

	private List<Target> targets(DirectiveConfirmation c, Integer year, Plan plan, List<Problem> problems,
			List<String> already) {
		List<Target> targets = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		if (plan != null) {
			plan.named().forEach(n -> seen.add(n.tier() + "|" + n.unitCode()));
		}
		LocalDate asOf = year == null ? null : LocalDate.of(year, 12, 31);
		for (int i = 0; i < c.targets().size(); i++) {
			DirectiveConfirmation.Targets list = c.targets().get(i);
			if (list.tier() == null) {
				problems.add(new Problem("targets[" + i + "]", Message.of("planning.directive.confirm.row.tier", i + 1),
						Message.of("planning.directive.confirm.tier")));
				continue;
			}
			for (int j = 0; j < list.units().size(); j++) {
				DirectiveConfirmation.Unit u = list.units().get(j);
				String code = u.unitCode() == null ? "" : u.unitCode().strip();
				String shown = u.sourceName() != null && !u.sourceName().isBlank() ? u.sourceName() : code;
				String row = "targets[" + i + "].units[" + j + "]";
				Message label = Message.of("planning.directive.confirm.row.unit", i + 1, j + 1, shown);
				if (code.isEmpty()) {
					problems.add(new Problem(row, label, Message.of("planning.directive.confirm.unit-missing")));
					continue;
				}
				Optional<AdministrativeUnit> unit = asOf == null ? Optional.empty()
						: geography.findLatest(code, asOf).filter(a -> c.provinceCode().equals(a.provinceCode()));
				if (unit.isEmpty()) {
					problems.add(new Problem(row, label,
							Message.of("planning.directive.confirm.unit-unknown", code, c.provinceCode())));
					continue;
				}
				AdministrativeUnit au = unit.get();
				if (!au.level().name().equals(list.tier().level().name())) {
					problems.add(new Problem(row, label, Message.of("planning.directive.confirm.unit-level", code)));
					continue;
				}
				if (!seen.add(list.tier() + "|" + au.code())) {
					already.add(au.code()); // the plan has it (a directive restating the plan): kept once
					continue;
				}
				String district = au.level() == UnitLevel.COMMUNE ? au.parentCode() : au.code();
				targets.add(new Target.Named(0, list.tier(), au.code(), au.name(), shown.isEmpty() ? au.name() : shown,
						district, null, c.number()));
			}
		}
		return targets;
	}

	/**
	 * Assigns every task, one per owner, collecting the tasks module's refusals by row. A refusal marks the
	 * transaction for rollback; nothing is kept then, since the confirmation is refused as a whole.
	 */
	private List<Task> assign(DirectiveConfirmation c, List<Problem> problems) {
		List<Task> assigned = new ArrayList<>();
		Task.Directive directive = new Task.Directive(c.number(), c.date(), c.title());
		for (int i = 0; i < c.tasks().size(); i++) {
			TaskToAssign t = c.tasks().get(i);
			String title = t.title() == null ? "" : t.title();
			Message label = Message.of("planning.directive.confirm.row.task", i + 1,
					title.length() > 60 ? title.substring(0, 60) + "…" : title);
			List<Long> owners = t.ownerOrgIds().isEmpty() ? java.util.Collections.singletonList(null) : t.ownerOrgIds();
			List<Message> refused = new ArrayList<>();
			for (Long owner : owners) {
				try {
					assigned.addAll(tasks.assign(new Tasks.NewTask(c.provinceCode(), title, owner, t.supportOrgIds(),
							t.deadline(), directive, t.recurrence(), t.until())));
				}
				catch (TaskRejected e) {
					e.problems().stream().filter(m -> !refused.contains(m)).forEach(refused::add);
				}
			}
			String row = "tasks[" + i + "]";
			refused.forEach(m -> problems.add(new Problem(row, label, m)));
		}
		return assigned;
	}
}
