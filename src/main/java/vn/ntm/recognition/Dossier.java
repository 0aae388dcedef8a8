package vn.ntm.recognition;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import vn.ntm.criteria.Tier;

/**
 * A dossier asking for a unit's recognition at a tier for a year (hồ sơ đề nghị xét công nhận).
 *
 * @param unitPath     the unit's place in the hierarchy when the dossier was opened, e.g. {@code /62/615/23512/}
 * @param districtCode the district that reviews it, null when the unit had none when it was opened
 * @param setCode      the criteria set of the tier in force for the year
 * @param stepSince    when it entered its present step (the days it waited count from here)
 * @param recognitionId the recognition recorded by the decision, once decided
 */
public record Dossier(long id, String unitCode, String unitName, String unitPath, String provinceCode, String districtCode, Tier tier,
		int year, String setCode, DossierStep step, OffsetDateTime stepSince, LocalDate openedOn, String openedBy,
		String returnReason, String conclusion, String decisionNumber, LocalDate decisionDate, String signer,
		Long recognitionId, long version) {

	/** Whole days the dossier has waited in its present step by {@code today}. */
	public long daysWaited(LocalDate today) {
		return Math.max(0, ChronoUnit.DAYS.between(stepSince.toLocalDate(), today));
	}

	/** True when the district reviews it before the province appraises it. */
	public boolean districtReviews() {
		return districtCode != null;
	}
}
