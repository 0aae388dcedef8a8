package vn.ntm.recognition;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.ntm.criteria.Tier;

/** The recognition module's entry point: decisions, revocations and the tier a unit holds on a date. */
public interface Recognitions {

	/**
	 * Records a decision.
	 *
	 * @throws DecisionExists when a decision with this number already recognises the unit at this tier
	 */
	Recognition decide(NewRecognition decision);

	/** The decision already recorded for the same unit, tier and number, if any. */
	java.util.Optional<Recognition> sameDecision(NewRecognition decision);

	Recognition revoke(long id, LocalDate revokedOn, String revocationNumber, String reason, long expectedVersion);

	List<Recognition> decisions(String unitCode);

	Optional<Recognition> find(long id);

	/** The highest tier the unit holds on {@code date}, if any. */
	Optional<Tier> heldTier(String unitCode, LocalDate date);

	/** The highest tier held on {@code date} by each of these units that holds one. */
	Map<String, Tier> heldTiers(Collection<String> unitCodes, LocalDate date);

	/** A decision to record. */
	record NewRecognition(String unitCode, Tier tier, String decisionNumber, LocalDate decisionDate, String issuer,
			String setCode, String note, boolean demo) {
	}
}
