package vn.ntm.recognition.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.geography.UnitLevel;
import vn.ntm.organization.Organization;
import vn.ntm.recognition.Appraisal;
import vn.ntm.recognition.ChecklistItem;
import vn.ntm.recognition.Dossier;
import vn.ntm.recognition.DossierAction;
import vn.ntm.recognition.DossierRefused;
import vn.ntm.recognition.DossierRefused.Kind;
import vn.ntm.recognition.DossierStep;
import vn.ntm.recognition.DossierView;
import vn.ntm.recognition.Dossiers.Attachment;
import vn.ntm.recognition.Dossiers.StepRequest;
import vn.ntm.shared.Message;

/**
 * Takes one action on a dossier: checks it with {@link DossierWorkflow}, writes it only if the dossier (or the
 * criterion's appraisal) is still at the version the official read, and journals it. A refusal changes nothing.
 */
@Component
class TakeDossierStep {

	static final DossierChecklist CHECKLIST = DossierChecklist.load();

	private final DossierStore store;
	private final DossierActors actors;
	private final DossierJournal journal;
	private final DecideDossier decide;

	TakeDossierStep(DossierStore store, DossierActors actors, DossierJournal journal, DecideDossier decide) {
		this.store = store;
		this.actors = actors;
		this.journal = journal;
		this.decide = decide;
	}

	@Transactional
	Dossier take(long id, StepRequest r) {
		if (r == null || r.action() == null || r.action() == DossierAction.OPEN
				|| r.action() == DossierAction.ADD_EVIDENCE) {
			throw new DossierRefused(Kind.INVALID, Message.of("recognition.dossier.refused.incomplete"));
		}
		Dossier d = dossier(id);
		DossierActor actor = actors.of(d);
		List<Integer> notAgreed = r.action() == DossierAction.CONCLUDE ? notAgreed(d) : List.of();
		List<String> missing = r.action() == DossierAction.SUBMIT ? missing(d) : List.of();
		boolean complete = r.decisionNumber() != null && !r.decisionNumber().isBlank() && r.decisionDate() != null
				&& r.signer() != null && !r.signer().isBlank();
		DossierWorkflow.check(d, actor, new DossierWorkflow.Request(r.action(), r.reason(), r.criterion(),
				r.verdict(), r.decisionNumber(), complete), notAgreed, missing).ifPresent(refusal -> {
					throw refusal;
				});
		if (r.action() == DossierAction.APPRAISE) {
			return appraise(d, actor, r);
		}
		DossierStep to = DossierWorkflow.target(d, r.action());
		if (!store.move(id, r.version(), to, journal.now(), r.action() == DossierAction.RETURN ? r.reason() : null,
				r.action() == DossierAction.CONCLUDE ? r.reason() : null)) {
			throw changed(d);
		}
		String note = r.reason();
		if (r.action() == DossierAction.DECIDE) {
			decide.record(d, r);
			note = r.decisionNumber().trim() + " " + r.decisionDate() + " " + r.signer().trim();
		}
		journal.record(d, r.action(), to, null, note, actor.username());
		return dossier(id);
	}

	private Dossier appraise(Dossier d, DossierActor actor, StepRequest r) {
		int criterion = r.criterion();
		if (actors.criteria(d).stream().noneMatch(c -> c.number() == criterion)) {
			throw new DossierRefused(Kind.INVALID, Message.of("recognition.dossier.refused.no-criterion", criterion));
		}
		Organization department = actors.ownDepartment(d, criterion).orElse(null);
		Appraisal a = new Appraisal(0, d.id(), criterion, r.verdict(), r.reason() == null ? null : r.reason().trim(),
				department == null ? null : department.id(), department == null ? null : department.name(),
				actor.username(), journal.now(), false, 0);
		boolean exists = store.appraisals(d.id()).stream().anyMatch(x -> x.criterionNumber() == criterion);
		if (exists) {
			if (!store.updateAppraisal(d.id(), a, r.version())) {
				throw changed(d);
			}
		}
		else {
			if (r.version() >= 0) {
				throw changed(d);
			}
			try {
				store.insertAppraisal(d.id(), a);
			}
			catch (DuplicateKeyException raced) {
				throw changed(d);
			}
		}
		journal.record(d, DossierAction.APPRAISE, d.step(), criterion,
				r.verdict().name() + (a.reason() == null ? "" : " " + a.reason()), actor.username());
		return dossier(d.id());
	}

	@Transactional
	Dossier attach(long id, Attachment at) {
		Dossier d = dossier(id);
		DossierActor actor = actors.of(d);
		DossierWorkflow.check(d, actor, new DossierWorkflow.Request(DossierAction.ADD_EVIDENCE, null, null, null, null,
				false), List.of(), List.of()).ifPresent(refusal -> {
					throw refusal;
				});
		if (at == null || at.content() == null || at.content().length == 0 || at.filename() == null
				|| at.filename().isBlank() || (at.itemCode() == null) == (at.criterion() == null)) {
			throw new DossierRefused(Kind.INVALID, Message.of("recognition.dossier.refused.attachment"));
		}
		if (at.itemCode() != null && required(d).stream().noneMatch(i -> !i.generated() && i.code().equals(at.itemCode()))) {
			throw new DossierRefused(Kind.INVALID, Message.of("recognition.dossier.refused.no-item", at.itemCode()));
		}
		if (at.criterion() != null && actors.criteria(d).stream().noneMatch(c -> c.number() == at.criterion())) {
			throw new DossierRefused(Kind.INVALID, Message.of("recognition.dossier.refused.no-criterion", at.criterion()));
		}
		store.insertDocument(id, at.itemCode(), at.criterion(), at.filename().trim(), at.mediaType(), at.content(),
				actor.username(), journal.now());
		if (at.criterion() != null) {
			store.evidenceAdded(id, at.criterion());
		}
		journal.record(d, DossierAction.ADD_EVIDENCE, d.step(), at.criterion(),
				(at.itemCode() == null ? "" : at.itemCode() + " ") + at.filename().trim(), actor.username());
		return dossier(id);
	}

	List<ChecklistItem> required(Dossier d) {
		return CHECKLIST.required(d.tier(), UnitLevel.valueOf(store.unitLevel(d.id())));
	}

	/** The required documents not attached yet, by name. */
	private List<String> missing(Dossier d) {
		Set<String> attached = store.documents(d.id()).stream().map(DossierView.Document::itemCode)
			.filter(java.util.Objects::nonNull).collect(Collectors.toSet());
		return required(d).stream().filter(i -> !i.generated() && !attached.contains(i.code()))
			.map(ChecklistItem::code).toList();
	}

	private List<Integer> notAgreed(Dossier d) {
		Set<Integer> agreed = store.appraisals(d.id()).stream().filter(a -> a.verdict() == Appraisal.Verdict.AGREE)
			.map(Appraisal::criterionNumber).collect(Collectors.toSet());
		List<Integer> open = new ArrayList<>();
		actors.criteria(d).forEach(c -> {
			if (!agreed.contains(c.number())) {
				open.add(c.number());
			}
		});
		return open;
	}

	private Dossier dossier(long id) {
		return store.find(id).orElseThrow(() -> new DossierRefused(Kind.NOT_FOUND,
				Message.of("recognition.dossier.refused.not-found", id)));
	}

	private static DossierRefused changed(Dossier d) {
		return new DossierRefused(Kind.CONFLICT, Message.of("recognition.dossier.refused.changed", d.id()));
	}
}
