package vn.ntm.recognition.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Geography;
import vn.ntm.recognition.Dossier;
import vn.ntm.recognition.DossierRefused;
import vn.ntm.recognition.DossierRefused.Kind;
import vn.ntm.recognition.Dossiers.StepRequest;
import vn.ntm.recognition.Recognition;
import vn.ntm.recognition.Recognitions;
import vn.ntm.shared.Message;

/**
 * Records the chair's decision of a dossier as a recognition. A number already used in the province refers to one
 * decision: reused for another decision (another date or issuer) it is refused, naming the one recorded; the same
 * decision recognising several communes at once is fine.
 */
@Component
class DecideDossier {

	private final DossierStore store;
	private final Recognitions recognitions;
	private final Geography geography;

	DecideDossier(DossierStore store, Recognitions recognitions, Geography geography) {
		this.store = store;
		this.recognitions = recognitions;
		this.geography = geography;
	}

	void record(Dossier d, StepRequest r) {
		String number = r.decisionNumber().trim();
		String issuer = r.issuer() == null || r.issuer().isBlank() ? r.signer().trim() : r.issuer().trim();
		Optional<DossierStore.Numbered> other = store.recognitionsNumbered(number).stream()
			.filter(n -> d.provinceCode().equals(province(n.unitCode(), n.decisionDate())))
			.filter(n -> !n.decisionDate().equals(r.decisionDate()) || !n.issuer().equals(issuer)
					|| n.unitCode().equals(d.unitCode()))
			.findFirst();
		if (other.isPresent()) {
			Recognition existing = recognitions.find(other.get().recognitionId()).orElseThrow();
			throw new DossierRefused(Kind.CONFLICT, Message.of("recognition.dossier.refused.number-used", number,
					existing.decisionDate(), existing.unitCode(), "recognition.tier." + existing.tier().name()),
					existing);
		}
		Recognition saved = recognitions.decide(new Recognitions.NewRecognition(d.unitCode(), d.tier(), number,
				r.decisionDate(), issuer, d.setCode(), "#" + d.id(), false));
		store.recordDecision(d.id(), number, r.decisionDate(), r.signer().trim(), saved.id());
	}

	private String province(String unitCode, LocalDate on) {
		return geography.findLatest(unitCode, on).map(AdministrativeUnit::provinceCode).orElse(null);
	}
}
