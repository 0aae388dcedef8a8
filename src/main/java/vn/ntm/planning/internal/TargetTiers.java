package vn.ntm.planning.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.CriteriaSets;
import vn.ntm.criteria.SetLevel;
import vn.ntm.criteria.Tier;
import vn.ntm.planning.PlanTier;
import vn.ntm.planning.Target;

/** The tier a plan sets a commune, and the commune criteria set a tier is measured against. */
@Component
class TargetTiers {

	private final PlanStore store;
	private final CriteriaSets criteriaSets;

	TargetTiers(PlanStore store, CriteriaSets criteriaSets) {
		this.store = store;
		this.criteriaSets = criteriaSets;
	}

	/** The highest commune tier the plan of the year sets the unit, if it names it. */
	Optional<Target.Named> targetOf(String unitCode, String provinceCode, int year) {
		return store.find(provinceCode, year).flatMap(plan -> plan.named().stream()
			.filter(t -> unitCode.equals(t.unitCode()) && t.tier().isCommuneTier())
			.reduce((a, b) -> a.tier().ordinal() >= b.tier().ordinal() ? a : b));
	}

	/** The code of the commune set of a tier in force at {@code date}; null for the standard set (the default). */
	String setFor(PlanTier tier, LocalDate date, String provinceCode) {
		if (tier == null || tier.tier() == null || tier.tier() == Tier.STANDARD || !tier.isCommuneTier()) {
			return null;
		}
		return criteriaSets.inForce(SetLevel.COMMUNE, date, provinceCode).stream()
			.filter(s -> s.tier() == tier.tier()).map(CriteriaSet::code).findFirst().orElse(null);
	}

	/** The names of the given sets, the code for a set not found. */
	List<String> names(List<String> codes) {
		return codes.stream().map(c -> criteriaSets.find(c).map(CriteriaSet::nameVi).orElse(c)).toList();
	}
}
