package vn.ntm.recognition;

import vn.ntm.criteria.Tier;

/**
 * A decision with this number already recognises the unit at this tier; nothing was stored.
 *
 * @param existing the decision already recorded, or null when a concurrent request recorded it in the same instant
 *                 (then look it up by unit, tier and number)
 */
public class DecisionExists extends RuntimeException {

	private final String unitCode;
	private final Tier tier;
	private final String decisionNumber;
	private final transient Recognition existing;

	public DecisionExists(String unitCode, Tier tier, String decisionNumber, Recognition existing) {
		super("decision " + decisionNumber + " already recognises " + unitCode + " at " + tier);
		this.unitCode = unitCode;
		this.tier = tier;
		this.decisionNumber = decisionNumber;
		this.existing = existing;
	}

	public String unitCode() {
		return unitCode;
	}

	public Tier tier() {
		return tier;
	}

	public String decisionNumber() {
		return decisionNumber;
	}

	public Recognition existing() {
		return existing;
	}
}
