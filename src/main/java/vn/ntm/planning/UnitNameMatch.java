package vn.ntm.planning;

import java.util.List;

/**
 * One name read from a pasted list and the units it may mean, best first. Only {@link Status#MATCHED} proposes a
 * unit; the user confirms every match before it becomes a target, and a name with no good match stays reported.
 *
 * @param text the name as written, with its district hint when the list gave one
 */
public record UnitNameMatch(String text, Status status, List<Candidate> candidates) {

	public enum Status {
		/** one candidate clearly ahead with a high score */
		MATCHED,
		/** plausible candidates, none clearly right: the user chooses */
		AMBIGUOUS,
		/** no candidate good enough: reported, never matched */
		NO_MATCH
	}

	/** @param score 0–1, 1 for an equal name */
	public record Candidate(String code, String name, String parentCode, String parentName, double score) {
	}

	public Candidate best() {
		return status == Status.MATCHED ? candidates.getFirst() : null;
	}
}
