package vn.ntm.recognition;

import java.util.Set;

import vn.ntm.criteria.Tier;
import vn.ntm.geography.UnitLevel;

/**
 * A document a dossier must hold, read from {@code recognition/dossier-checklist.yaml}.
 *
 * @param legalBasis the provision that requires it, as far as it is known
 * @param verified   false when the provision was recalled and not checked against the text
 * @param generated  produced by the system from the data (the self-assessment report), not attached by the unit
 */
public record ChecklistItem(String code, String nameVi, String nameEn, Set<Tier> tiers, Set<UnitLevel> levels,
		String legalBasis, boolean verified, boolean generated) {

	public boolean appliesTo(Tier tier, UnitLevel level) {
		return tiers.contains(tier) && levels.contains(level);
	}
}
