package vn.ntm.emulation;

import java.util.List;

/**
 * A province's emulation scorecard for one year and one kind of unit, as issued in a version: each criterion with its
 * points, its legal basis and the rule that measures it. A new version replaces the year's earlier one; other years
 * keep theirs.
 *
 * @param kind the kind of unit scored; departments only for now
 */
public record Scorecard(String provinceCode, int year, UnitKind kind, int version, LegalBasis legalBasis,
		List<Criterion> criteria) {

	public Scorecard {
		criteria = List.copyOf(criteria);
	}

	/** The points of every criterion together: the best score a unit can reach. */
	public int maxPoints() {
		return criteria.stream().mapToInt(Criterion::points).sum();
	}

	public enum UnitKind {
		DEPARTMENT
	}

	/** @param verified false until someone has checked the text against the published document */
	public record LegalBasis(String text, boolean verified) {
	}

	public record Criterion(String code, String name, int points, MeasureRule rule, LegalBasis legalBasis) {
	}
}
