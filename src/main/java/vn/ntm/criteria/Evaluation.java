package vn.ntm.criteria;

import java.util.List;

/** A unit evaluated against one criteria set version: per criterion results and how many criteria are met. */
public record Evaluation(String setCode, int setVersion, Tier tier, List<CriterionResult> criteria) {

	public int criteriaMet() {
		return (int) criteria.stream().filter(CriterionResult::met).count();
	}

	public int criteriaTotal() {
		return criteria.size();
	}

	/** Every criterion met. A set with no criteria is never met: nothing was shown. */
	public boolean allMet() {
		return !criteria.isEmpty() && criteriaMet() == criteria.size();
	}
}
