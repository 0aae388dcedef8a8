package vn.ntm.recognition;

import vn.ntm.criteria.Tier;

/** A unit was recognised at a tier. */
public record RecognitionDecided(String unitCode, Tier tier, String decisionNumber) {
}
