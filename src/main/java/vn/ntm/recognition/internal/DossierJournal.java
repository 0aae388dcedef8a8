package vn.ntm.recognition.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.ntm.recognition.Dossier;
import vn.ntm.recognition.DossierAction;
import vn.ntm.recognition.DossierStep;
import vn.ntm.recognition.DossierStepTaken;
import vn.ntm.recognition.DossierView;
import vn.ntm.shared.AuditEvent;

/** Writes down each action on a dossier: its history line, the audit entry and the event, in the caller's transaction. */
@Component
class DossierJournal {

	private static final int NOTE_LENGTH = 2000;

	private final DossierStore store;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	DossierJournal(DossierStore store, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.events = events;
		this.clock = clock;
	}

	OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	void record(Dossier before, DossierAction action, DossierStep to, Integer criterion, String note, String actedBy) {
		long days = before.daysWaited(today());
		String text = note == null ? null : note.length() > NOTE_LENGTH ? note.substring(0, NOTE_LENGTH) : note;
		DossierStep from = action == DossierAction.OPEN ? null : before.step();
		store.history(before.id(), new DossierView.HistoryLine(action, from, to, criterion, text, actedBy, now(), days));
		events.publishEvent(new AuditEvent("recognition-dossier",
				before.id() + "/" + before.unitCode() + "/" + before.tier() + "/" + before.year()
						+ (criterion == null ? "" : "/" + criterion),
				action == DossierAction.OPEN ? "create" : action.name().toLowerCase(java.util.Locale.ROOT),
				from == null ? null : from.name(),
				to.name() + (text == null ? "" : " " + text), before.provinceCode()));
		events.publishEvent(new DossierStepTaken(before.id(), before.unitCode(), before.provinceCode(), before.tier(),
				before.year(), action, from, to, days, criterion, actedBy));
	}
}
