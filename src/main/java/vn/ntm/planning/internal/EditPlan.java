package vn.ntm.planning.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.geography.Geography;
import vn.ntm.identity.Access;
import vn.ntm.planning.Plan;
import vn.ntm.planning.PlanChanged;
import vn.ntm.planning.PlanDocument;
import vn.ntm.planning.Target;
import vn.ntm.shared.AuditEvent;
import vn.ntm.shared.platform.Messages;

/**
 * Creating, changing and deleting a plan, its documents and targets: needs {@code Access.canManage} of the province,
 * names the version it read, and is audited ({@link AuditEvent}, {@link PlanChanged}).
 */
@Service
class EditPlan {

	private final PlanStore store;
	private final Geography geography;
	private final Access access;
	private final ApplicationEventPublisher events;
	private final Messages messages;

	EditPlan(PlanStore store, Geography geography, Access access, ApplicationEventPublisher events,
			Messages messages) {
		this.store = store;
		this.geography = geography;
		this.access = access;
		this.events = events;
		this.messages = messages;
	}

	private void requireManage(String provinceCode) {
		if (!access.canManage(provinceCode)) {
			throw new AccessDeniedException("only the province's coordination office manages plans");
		}
	}

	private Plan requirePlan(long planId) {
		Plan plan = store.find(planId).orElseThrow(() -> new IllegalArgumentException("no plan " + planId));
		requireManage(plan.provinceCode());
		return plan;
	}

	private Plan changed(Plan before, String action, String entity, String oldValue, String newValue) {
		Plan after = store.find(before.id()).orElse(before);
		events.publishEvent(new AuditEvent("plan", before.provinceCode() + "/" + before.year() + entity, action,
				oldValue, newValue, before.provinceCode()));
		events.publishEvent(new PlanChanged(before.id(), before.provinceCode(), before.year(), action));
		return after;
	}

	@Transactional
	Plan create(String provinceCode, int year, String title) {
		requireManage(provinceCode);
		long id = store.insert(provinceCode, year, title, false, null, null, access.currentUsername());
		Plan plan = store.find(id).orElseThrow();
		return changed(plan, "create", "", null, title);
	}

	@Transactional
	Plan update(long planId, String title, long expectedVersion) {
		Plan plan = requirePlan(planId);
		store.touch(planId, expectedVersion, access.currentUsername());
		store.updateHeader(planId, title, plan.source(), null);
		return changed(plan, "update", "", plan.title(), title);
	}

	@Transactional
	Plan addDocument(long planId, PlanDocument document, long expectedVersion) {
		Plan plan = requirePlan(planId);
		store.touch(planId, expectedVersion, access.currentUsername());
		store.insertDocument(planId, document);
		return changed(plan, "create", "/document", null, document.type() + " " + document.number());
	}

	@Transactional
	Plan removeDocument(long planId, long documentId, long expectedVersion) {
		Plan plan = requirePlan(planId);
		store.touch(planId, expectedVersion, access.currentUsername());
		store.deleteDocument(planId, documentId);
		return changed(plan, "delete", "/document/" + documentId, String.valueOf(documentId), null);
	}

	@Transactional
	Plan addTargets(long planId, List<Target> targets, long expectedVersion) {
		Plan plan = requirePlan(planId);
		store.touch(planId, expectedVersion, access.currentUsername());
		store.insertTargets(planId, targets);
		return changed(plan, "create", "/targets", null, describe(targets));
	}

	@Transactional
	Plan removeTarget(long planId, long targetId, long expectedVersion) {
		Plan plan = requirePlan(planId);
		store.touch(planId, expectedVersion, access.currentUsername());
		String old = plan.targets().stream().filter(t -> t.id() == targetId).findFirst()
			.map(t -> describe(List.of(t))).orElse(null);
		store.deleteTarget(planId, targetId);
		return changed(plan, "delete", "/target/" + targetId, old, null);
	}

	@Transactional
	void delete(long planId, long expectedVersion) {
		Plan plan = requirePlan(planId);
		store.touch(planId, expectedVersion, access.currentUsername());
		store.delete(planId);
		events.publishEvent(new AuditEvent("plan", plan.provinceCode() + "/" + plan.year(), "delete", plan.title(),
				null, plan.provinceCode()));
		events.publishEvent(new PlanChanged(plan.id(), plan.provinceCode(), plan.year(), "delete"));
	}

	static String describe(Collection<? extends Target> targets) {
		return targets.stream().map(t -> switch (t) {
			case Target.Named n -> n.tier() + ":" + (n.unitCode() == null ? "?" + n.sourceName() : n.unitCode());
			case Target.Aggregate a -> a.measure() + ":" + a.description();
			case Target.Kpi k -> "KPI:" + k.indicator() + k.bound().symbol() + k.targetValue();
		}).reduce((a, b) -> a + "; " + b).orElse("");
	}

	/**
	 * Replaces a reference plan's content when its file version is new; called by the reference loader. The note on
	 * a target whose unit code is unknown is stored in Vietnamese, the language of the reference files.
	 */
	@Transactional
	boolean loadReference(ReferencePlanFile.Loaded loaded) {
		Plan p = loaded.plan();
		Optional<PlanStore.Header> existing = store.header(p.provinceCode(), p.year());
		if (existing.isPresent() && existing.get().referenceVersion() != null
				&& existing.get().referenceVersion() >= loaded.fileVersion()) {
			return false;
		}
		long id;
		if (existing.isPresent()) {
			id = existing.get().id();
			store.touch(id, existing.get().version(), "reference-data");
			store.clearContent(id);
			store.updateHeader(id, p.title(), p.source(), loaded.fileVersion());
		}
		else {
			id = store.insert(p.provinceCode(), p.year(), p.title(), true, loaded.fileVersion(), p.source(),
					"reference-data");
		}
		for (PlanDocument d : p.documents()) {
			store.insertDocument(id, d);
		}
		LocalDate asOf = LocalDate.of(p.year(), 12, 31);
		List<Target> targets = p.targets().stream().map(t -> t instanceof Target.Named n && n.unitCode() != null
				&& geography.findLatest(n.unitCode(), asOf).isEmpty()
						? new Target.Named(0, n.tier(), null, null, n.sourceName(), null, n.deadline(),
								messages.vietnamese("planning.note.unknown-unit-code", n.unitCode()))
						: t)
			.toList();
		store.insertTargets(id, targets);
		events.publishEvent(new AuditEvent("plan", p.provinceCode() + "/" + p.year(), "import", null,
				"reference v" + loaded.fileVersion(), p.provinceCode()));
		events.publishEvent(new PlanChanged(id, p.provinceCode(), p.year(), "import"));
		return true;
	}
}
