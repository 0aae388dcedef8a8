package vn.ntm.recognition;

import vn.ntm.criteria.Tier;

/** A unit's recognition at a tier was revoked. */
public record RecognitionRevoked(String unitCode, Tier tier, String revocationNumber) {
}
