package vn.ntm.recognition.internal;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.ntm.criteria.Criterion;
import vn.ntm.identity.Directory;
import vn.ntm.identity.Directory.Person;
import vn.ntm.identity.Role;
import vn.ntm.organization.Organization;
import vn.ntm.organization.Organizations;
import vn.ntm.recognition.Dossier;
import vn.ntm.recognition.DossierAction;
import vn.ntm.recognition.DossierStepTaken;
import vn.ntm.shared.Notice;
import vn.ntm.shared.platform.Messages;

/**
 * Tells those who must act next on a dossier, in the app, in the transaction of the step: the district or the office
 * once it is submitted, the owning departments when the appraisal starts, the commune when evidence is asked for or
 * the dossier is returned, the department that asked once evidence is added, the office to decide and publish, the
 * commune when it is decided. Each notice says how long the dossier waited in the step it left.
 */
@Component
class DossierNotices {

	private final DossierStore store;
	private final DossierActors actors;
	private final Directory directory;
	private final Organizations organizations;
	private final ApplicationEventPublisher events;
	private final Messages messages;

	DossierNotices(DossierStore store, DossierActors actors, Directory directory, Organizations organizations,
			ApplicationEventPublisher events, Messages messages) {
		this.store = store;
		this.actors = actors;
		this.directory = directory;
		this.organizations = organizations;
		this.events = events;
		this.messages = messages;
	}

	@EventListener
	void on(DossierStepTaken step) {
		Dossier d = store.find(step.dossierId()).orElse(null);
		if (d == null) {
			return;
		}
		Map<String, Person> next = new LinkedHashMap<>();
		switch (step.to()) {
			case SUBMITTED -> {
				if (d.districtCode() != null) {
					add(next, directory.holders(Role.DISTRICT_OFFICER, d.districtCode()));
				}
				else {
					add(next, directory.holders(Role.COORDINATION_OFFICE, d.provinceCode()));
				}
			}
			case DISTRICT_REVIEWED, COUNCIL_CONCLUDED, DECIDED -> {
				add(next, directory.holders(Role.COORDINATION_OFFICE, d.provinceCode()));
				if (step.to() == vn.ntm.recognition.DossierStep.DECIDED) {
					add(next, directory.holders(Role.COMMUNE_OFFICER, d.unitCode()));
				}
			}
			case APPRAISAL -> {
				if (step.action() == DossierAction.START_APPRAISAL) {
					for (Criterion c : actors.criteria(d)) {
						departmentOf(d, c.number(), next);
					}
				}
				else if (step.action() == DossierAction.ADD_EVIDENCE && step.criterion() != null) {
					departmentOf(d, step.criterion(), next);
				}
				else if (step.action() == DossierAction.APPRAISE) {
					add(next, directory.holders(Role.COMMUNE_OFFICER, d.unitCode()));
				}
			}
			case RETURNED -> add(next, directory.holders(Role.COMMUNE_OFFICER, d.unitCode()));
			default -> {
			}
		}
		next.remove(step.actedBy());
		String message = messages.vietnamese("recognition.dossier.notice", d.unitName(),
				messages.vietnamese("recognition.dossier.notice.step." + step.to().name()), step.daysWaited());
		next.values().forEach(p -> events.publishEvent(new Notice(p.username(), message, "/dossiers/" + d.id())));
	}

	/** The officers of the department owning the criterion, and of those it took over from (they act for it). */
	private void departmentOf(Dossier d, int criterion, Map<String, Person> next) {
		Organization owner = actors.owner(d, criterion);
		if (owner == null) {
			add(next, directory.holders(Role.COORDINATION_OFFICE, d.provinceCode()));
			return;
		}
		for (long org : withPredecessors(owner.id(), new HashSet<>())) {
			add(next, directory.holders(Role.DEPARTMENT_OFFICER, String.valueOf(org)));
		}
	}

	private Set<Long> withPredecessors(long org, Set<Long> seen) {
		if (seen.add(org)) {
			organizations.predecessors(org).forEach(s -> withPredecessors(s.predecessorId(), seen));
		}
		return seen;
	}

	private static void add(Map<String, Person> next, java.util.List<Person> people) {
		people.forEach(p -> next.putIfAbsent(p.username(), p));
	}
}
