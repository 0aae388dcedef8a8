package vn.ntm.planning;

import java.util.List;

/**
 * One organization named in a task of a directive, as written ("Sở NN&PTNT", "UBND các huyện"), and the province's
 * organizations it may mean, best first. A collective name ("UBND các huyện, thành phố") means every district
 * committee: one candidate holding all their ids. The preview proposes the best of a clear match as the default; the user may change it.
 */
public record OrganizationMatch(String text, UnitNameMatch.Status status, List<Candidate> candidates) {

	public OrganizationMatch {
		candidates = List.copyOf(candidates);
	}

	/** @param organizationIds one organization, or every one of a collective name */
	public record Candidate(List<Long> organizationIds, String name, double score) {

		public Candidate {
			organizationIds = List.copyOf(organizationIds);
		}
	}

	/** The candidate to propose: the first of a clear match; for an ambiguous name or none, the user chooses. */
	public Candidate proposed() {
		return status == UnitNameMatch.Status.MATCHED ? candidates.getFirst() : null;
	}
}
