package vn.ntm.ocop;

/** Who decided a rating: the province's people's committee rates 3 and 4 stars, the central level 5 stars. */
public enum DecisionLevel {
	PROVINCE, CENTRAL
}
