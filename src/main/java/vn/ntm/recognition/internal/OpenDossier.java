package vn.ntm.recognition.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.CriteriaSets;
import vn.ntm.criteria.SetLevel;
import vn.ntm.criteria.Tier;
import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Geography;
import vn.ntm.geography.UnitLevel;
import vn.ntm.recognition.Dossier;
import vn.ntm.recognition.DossierAction;
import vn.ntm.recognition.DossierRefused;
import vn.ntm.recognition.DossierRefused.Kind;
import vn.ntm.recognition.DossierStep;
import vn.ntm.recognition.Recognitions;
import vn.ntm.shared.Message;

/**
 * Opens a dossier for a commune or a district: by its own officer, its district's, or the coordination office; the
 * district reviews it only while the unit has one (before 1 July 2025).
 */
@Component
class OpenDossier {

	private final DossierStore store;
	private final DossierActors actors;
	private final DossierJournal journal;
	private final Geography geography;
	private final CriteriaSets criteriaSets;
	private final Recognitions recognitions;

	OpenDossier(DossierStore store, DossierActors actors, DossierJournal journal, Geography geography,
			CriteriaSets criteriaSets, Recognitions recognitions) {
		this.store = store;
		this.actors = actors;
		this.journal = journal;
		this.geography = geography;
		this.criteriaSets = criteriaSets;
		this.recognitions = recognitions;
	}

	@Transactional
	Dossier open(String unitCode, Tier tier, int year) {
		LocalDate today = journal.today();
		if (tier == null) {
			throw new DossierRefused(Kind.INVALID, Message.of("recognition.dossier.refused.incomplete"));
		}
		AdministrativeUnit unit = geography.findLatest(unitCode, today)
			.orElseThrow(() -> new DossierRefused(Kind.NOT_FOUND, Message.of("recognition.error.no-unit", unitCode)));
		String district = districtOf(unit, today);
		Dossier draft = new Dossier(0, unit.code(), unit.name(), unit.path(), unit.provinceCode(), district, tier, year,
				null, DossierStep.DRAFT, journal.now(), today, null, null, null, null, null, null, null, 0);
		DossierActor actor = actors.of(draft);
		if (!actor.applicant()) {
			throw new DossierRefused(Kind.FORBIDDEN, Message.of("recognition.dossier.refused.role.OPEN"));
		}
		if (!unit.validOn(today)) {
			// merged away (2025 reform): its successor opens the dossier
			throw new DossierRefused(Kind.INVALID, Message.of("recognition.dossier.refused.gone", unitCode));
		}
		if (year < 2000 || year > today.getYear() + 1) {
			throw new DossierRefused(Kind.INVALID, Message.of("recognition.dossier.refused.incomplete"));
		}
		if (unit.level() != UnitLevel.COMMUNE && unit.level() != UnitLevel.DISTRICT) {
			throw new DossierRefused(Kind.INVALID, Message.of("recognition.dossier.refused.level", unitCode));
		}
		Optional<Message> prerequisite = DossierWorkflow.prerequisite(tier, recognitions.heldTier(unitCode, today));
		if (prerequisite.isPresent()) {
			throw new DossierRefused(Kind.INVALID, prerequisite.get());
		}
		CriteriaSet set = criteriaSets.inForce(unit.level() == UnitLevel.DISTRICT ? SetLevel.DISTRICT : SetLevel.COMMUNE,
				LocalDate.of(year, 12, 31), unit.provinceCode()).stream().filter(s -> s.tier() == tier).findFirst()
			.orElseThrow(() -> new DossierRefused(Kind.INVALID, Message.of("recognition.dossier.refused.no-set",
					"recognition.tier." + tier.name(), year)));
		Optional<Dossier> same = store.find(unitCode, tier, year);
		if (same.isPresent()) {
			throw exists(same.get());
		}
		long id;
		try {
			id = store.insert(new DossierStore.NewRow(unit.code(), unit.name(), unit.path(), unit.level().name(),
					unit.provinceCode(), district, tier, year, set.code(), journal.now(), today, actor.username()));
		}
		catch (DuplicateKeyException raced) {
			// opened by a concurrent request since the check; this transaction cannot read it any more (PostgreSQL)
			throw exists(null);
		}
		Dossier opened = store.find(id).orElseThrow();
		journal.record(opened, DossierAction.OPEN, DossierStep.DRAFT, null, set.code(), actor.username());
		return opened;
	}

	private static DossierRefused exists(Dossier existing) {
		return new DossierRefused(Kind.CONFLICT, Message.of("recognition.dossier.refused.exists",
				existing == null ? "" : String.valueOf(existing.id())), existing);
	}

	/** The district above a commune, while districts existed (Luật Tổ chức chính quyền địa phương 2025: none after). */
	private String districtOf(AdministrativeUnit unit, LocalDate today) {
		if (unit.level() != UnitLevel.COMMUNE || unit.parentCode() == null) {
			return null;
		}
		return geography.findLatest(unit.parentCode(), today).filter(p -> p.level() == UnitLevel.DISTRICT)
			.map(AdministrativeUnit::code).orElse(null);
	}
}
