package vn.ntm.recognition.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.ntm.identity.Access;
import vn.ntm.organization.Organization;
import vn.ntm.recognition.Appraisal;
import vn.ntm.recognition.Dossier;
import vn.ntm.recognition.DossierEvidence;
import vn.ntm.recognition.DossierRefused;
import vn.ntm.recognition.DossierRefused.Kind;
import vn.ntm.recognition.DossierStep;
import vn.ntm.recognition.DossierView;
import vn.ntm.criteria.Tier;
import vn.ntm.shared.Message;

/** Dossiers as the current user may read them: under their readable paths only. */
@Component
class ReadDossiers {

	private final DossierStore store;
	private final DossierActors actors;
	private final DossierJournal journal;
	private final Access access;
	private final ObjectProvider<DossierEvidence> evidence;

	ReadDossiers(DossierStore store, DossierActors actors, DossierJournal journal, Access access,
			ObjectProvider<DossierEvidence> evidence) {
		this.store = store;
		this.actors = actors;
		this.journal = journal;
		this.access = access;
		this.evidence = evidence;
	}

	Optional<Dossier> find(long id) {
		return store.find(id).filter(this::readable);
	}

	/** The dossier, or refused: 404 when there is none, 403 when it lies outside the user's scope. */
	Dossier readableOrRefused(long id) {
		Dossier d = store.find(id).orElseThrow(() -> new DossierRefused(Kind.NOT_FOUND,
				Message.of("recognition.dossier.refused.not-found", id)));
		if (!readable(d)) {
			throw new DossierRefused(Kind.FORBIDDEN, Message.of("recognition.dossier.refused.read"));
		}
		return d;
	}

	List<Dossier> list(String unitCode, Tier tier, Integer year, DossierStep step) {
		Set<String> paths = access.readablePaths();
		return store.list(paths, unitCode, tier, year, step).stream().filter(this::readable).toList();
	}

	DossierView view(long id, List<vn.ntm.recognition.ChecklistItem> required) {
		Dossier d = readableOrRefused(id);
		DossierActor actor = actors.of(d);
		List<DossierView.Document> documents = store.documents(id);
		Set<String> attached = documents.stream().map(DossierView.Document::itemCode)
			.filter(java.util.Objects::nonNull).collect(Collectors.toSet());
		List<DossierView.ChecklistLine> checklist = required.stream()
			.map(i -> new DossierView.ChecklistLine(i, i.generated() || attached.contains(i.code()))).toList();
		Map<Integer, Appraisal> appraisals = new HashMap<>();
		store.appraisals(id).forEach(a -> appraisals.put(a.criterionNumber(), a));
		Map<Integer, DossierEvidence.CriterionResult> results = new HashMap<>();
		DossierEvidence source = evidence.getIfAvailable();
		if (source != null) {
			source.results(d.unitCode(), d.setCode(), d.year())
				.ifPresent(r -> r.criteria().forEach(c -> results.put(c.number(), c)));
		}
		List<DossierView.CriterionLine> criteria = actors.criteria(d).stream().map(c -> {
			Organization owner = actors.owner(d, c.number());
			return new DossierView.CriterionLine(c.number(), c.nameVi(), c.nameEn(), owner == null ? null : owner.id(),
					owner == null ? null : owner.name(), results.get(c.number()), appraisals.get(c.number()));
		}).toList();
		Set<vn.ntm.recognition.DossierAction> allowed = DossierWorkflow.allowed(d, actor);
		return new DossierView(d, d.daysWaited(journal.today()), checklist, criteria, documents, store.history(id),
				allowed, allowed.contains(vn.ntm.recognition.DossierAction.APPRAISE) ? actor.ownedCriteria() : Set.of());
	}

	Optional<byte[]> document(long dossierId, long documentId) {
		readableOrRefused(dossierId);
		return store.content(dossierId, documentId);
	}

	private boolean readable(Dossier d) {
		return access.readablePaths().stream().anyMatch(p -> d.unitPath().startsWith(p));
	}
}
