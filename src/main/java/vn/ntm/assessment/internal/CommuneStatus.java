package vn.ntm.assessment.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.assessment.RecordedValue;
import vn.ntm.assessment.UnitStatus;
import vn.ntm.criteria.CriteriaEngine;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.CriteriaSets;
import vn.ntm.criteria.CriterionResult;
import vn.ntm.criteria.SetResult;
import vn.ntm.criteria.IndicatorResult;
import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Geography;
import vn.ntm.recognition.Recognitions;
import vn.ntm.shared.Period;

/**
 * A unit's status in detail (every indicator with its value and threshold, and the tier reached over every set in
 * force): the page of one commune. The detail is evaluated from the values as they stand, by the same engine and
 * the same as-of rule the read model is built with, so it always agrees with the stored rows.
 */
@Component
class CommuneStatus {

	private final ReadableUnits units;
	private final ValueStore store;
	private final Geography geography;
	private final CriteriaSets criteriaSets;
	private final Recognitions recognitions;

	CommuneStatus(ReadableUnits units, ValueStore store, CriteriaSets criteriaSets, Recognitions recognitions,
			Geography geography) {
		this.geography = geography;
		this.units = units;
		this.store = store;
		this.criteriaSets = criteriaSets;
		this.recognitions = recognitions;
	}

	@Transactional(readOnly = true)
	UnitStatus status(String unitCode, Period period, String setCode) {
		AdministrativeUnit unit = units.readable(unitCode, period);
		CriteriaSet set = units.set(unit, period, setCode);
		LocalDate end = period.end();
		Map<String, RecordedValue> values = StatusProjection.asOf(store.all(unit.code(), set.code()), end);
		SetResult evaluation = evaluate(unit, end, set, values, new HashSet<>());
		List<SetResult> tiers = new ArrayList<>();
		tiers.add(evaluation);
		for (CriteriaSet other : criteriaSets.inForce(set.level(), end, unit.provinceCode())) {
			if (other.tier() != set.tier()) {
				tiers.add(evaluate(unit, end, other, StatusProjection.asOf(store.all(unit.code(), other.code()), end),
						new HashSet<>()));
			}
		}
		List<UnitStatus.CriterionLine> lines = new ArrayList<>();
		for (CriterionResult c : evaluation.criteria()) {
			List<UnitStatus.IndicatorLine> indicators = new ArrayList<>();
			for (IndicatorResult r : c.indicators()) {
				RecordedValue v = values.get(r.indicator().code());
				// an indicator taken from the required set's result has no stored value: show the derived one
				String shown = v != null ? v.display() : r.value() == null ? null : r.value().toString();
				indicators.add(new UnitStatus.IndicatorLine(r.indicator().code(), r.indicator().nameVi(),
						r.indicator().nameEn(), r.indicator().unit(), r.indicator().comparison().symbol(),
						shown, v == null ? null : v.period().toString(),
						v == null ? null : v.version(), r.threshold() == null ? null : r.threshold().value(),
						r.threshold() == null ? null : r.threshold().source(),
						r.threshold() != null && r.threshold().verified(), r.threshold() != null && r.threshold().demo(),
						r.status()));
			}
			lines.add(new UnitStatus.CriterionLine(c.criterion().number(), c.criterion().nameVi(),
					c.criterion().nameEn(), c.status(), indicators));
		}
		return new UnitStatus(unit, period, set.code(), set.version(), set.nameVi(), lines, evaluation.criteriaMet(),
				evaluation.criteriaTotal(), evaluation.allMet(), CriteriaEngine.tierReached(tiers).orElse(null),
				recognitions.heldTier(unit.code(), end).orElse(null), evaluation.status(),
				evaluation.thresholdsUnknownIn());
	}

	/**
	 * The unit's evaluation against {@code set} as of {@code end}; a set that requires another is evaluated with the
	 * unit's evaluation against that one (in force on the same day, from its own values), and so on down the chain.
	 */
	private SetResult evaluate(AdministrativeUnit unit, LocalDate end, CriteriaSet set,
			Map<String, RecordedValue> values, Set<String> seen) {
		SetResult required = null;
		if (set.requiresSetCode() != null && seen.add(set.code())) {
			required = criteriaSets.inForce(set.requiresSetCode(), end, unit.provinceCode())
				.map(r -> evaluate(unit, end, r, StatusProjection.asOf(store.all(unit.code(), r.code()), end), seen))
				.orElse(null);
		}
		return CriteriaEngine.evaluate(set, StatusProjection.context(unit, end, geography), StatusProjection.indicatorValues(values),
				required);
	}
}
