package vn.ntm.assessment.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.ntm.assessment.UnknownUnit;
import vn.ntm.assessment.ValueError;
import vn.ntm.assessment.ValuesRejected;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.CriteriaSets;
import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Geography;
import vn.ntm.identity.Access;
import vn.ntm.shared.Period;

/** What every use case of the module asks first: the unit as it was at a date, in the user's scope, and its set. */
@Component
class ReadableUnits {

	private final Geography geography;
	private final Access access;
	private final RecordValues recording;
	private final CriteriaSets criteriaSets;
	private final MessageSource messages;

	ReadableUnits(Geography geography, Access access, RecordValues recording, CriteriaSets criteriaSets,
			MessageSource messages) {
		this.geography = geography;
		this.access = access;
		this.recording = recording;
		this.criteriaSets = criteriaSets;
		this.messages = messages;
	}

	/** The text of an {@code assessment.error.*} message in the user's language. */
	String text(String code, Object... args) {
		return messages.getMessage("assessment.error." + code, args, code, LocaleContextHolder.getLocale());
	}

	Optional<AdministrativeUnit> at(String code, LocalDate date) {
		return StatusProjection.unitAt(geography, code, date);
	}

	Optional<AdministrativeUnit> latest(String code, LocalDate date) {
		return geography.findLatest(code, date);
	}

	/**
	 * Why values of {@code date} cannot go to the unit: it was merged into (or split among) other units before that
	 * date, which the message names; empty while the unit is in force.
	 */
	Optional<String> mergedBefore(AdministrativeUnit unit, LocalDate date) {
		if (unit.validOn(date)) {
			return Optional.empty();
		}
		List<String> successors = geography.successors(unit.code()).stream()
			.filter(l -> !l.effectiveOn().isAfter(date))
			.map(l -> geography.find(l.newCode(), date).map(u -> u.name() + " (" + u.code() + ")").orElse(l.newCode()))
			.distinct()
			.toList();
		if (successors.isEmpty()) {
			return Optional.empty();
		}
		LocalDate from = geography.successors(unit.code()).stream().map(l -> l.effectiveOn()).min(LocalDate::compareTo)
			.orElseThrow();
		return Optional.of(text("unit-merged", unit.name(), unit.code(), String.join(", ", successors),
				vn.ntm.shared.VietnameseFormat.date(from)));
	}

	/** The unit as of the period's end, refused when unknown or outside the user's scope. */
	AdministrativeUnit readable(String unitCode, Period period) {
		return readable(unitCode, period.end());
	}

	AdministrativeUnit readable(String unitCode, LocalDate date) {
		AdministrativeUnit unit = at(unitCode, date).orElseThrow(() -> new UnknownUnit(unitCode));
		if (!access.canRead(unit)) {
			throw new AccessDeniedException("unit " + unitCode + " is outside the user's scope");
		}
		return unit;
	}

	/**
	 * The unit as of the date (or its latest form before), refused when unknown or when the user may read none of
	 * its forms over time.
	 */
	AdministrativeUnit readableInAnyForm(String unitCode, LocalDate date) {
		AdministrativeUnit unit = at(unitCode, date).orElseThrow(() -> new UnknownUnit(unitCode));
		if (!access.canRead(unit) && geography.versions(unitCode).stream().noneMatch(access::canRead)) {
			throw new AccessDeniedException("unit " + unitCode + " is outside the user's scope");
		}
		return unit;
	}

	/** The set named, in force for the period, or the commune standard set in force; refused otherwise. */
	CriteriaSet set(AdministrativeUnit unit, Period period, String setCode) {
		List<ValueError> errors = new ArrayList<>();
		CriteriaSet set = set(unit, period, setCode, errors);
		if (set == null) {
			throw new ValuesRejected(errors);
		}
		return set;
	}

	/** The set named, in force for the period, or the commune standard set in force. Null with an error otherwise. */
	CriteriaSet set(AdministrativeUnit unit, Period period, String setCode, List<ValueError> errors) {
		Optional<CriteriaSet> set = recording.setInForce(unit, period, setCode);
		if (set.isPresent()) {
			return set.get();
		}
		if (setCode == null || setCode.isBlank()) {
			errors.add(new ValueError("set", null, "no-set-in-force", text("no-set-in-force", period)));
		}
		else if (criteriaSets.find(setCode).isPresent()) {
			errors.add(new ValueError("set", null, "set-not-valid", text("set-not-valid", setCode, period)));
		}
		else {
			errors.add(new ValueError("set", null, "unknown-set", text("unknown-set", setCode)));
		}
		return null;
	}
}
