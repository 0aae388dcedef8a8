package vn.ntm.recognition.internal;

import java.util.Set;

/**
 * What the current user is to one dossier, worked out from their grants.
 *
 * @param applicant      the unit's own officer, the district's officer for its communes, or the coordination office
 *                       (who opens dossiers since 2025)
 * @param reviewer       an officer of the district that reviews the dossier
 * @param office         the coordination office (or a system admin) of the dossier's province
 * @param unitItself     an officer of the very unit the dossier is for (who may never decide its recognition)
 * @param ownedCriteria  the criteria whose appraisal is theirs: their departments' criteria, and for the office the
 *                       criteria no department owns
 */
public record DossierActor(String username, boolean applicant, boolean reviewer, boolean office, boolean unitItself,
		Set<Integer> ownedCriteria) {

	public DossierActor {
		ownedCriteria = Set.copyOf(ownedCriteria);
	}
}
