package vn.ntm.ocop;

/**
 * A product's OCOP standing on a day: rated (a certificate in force), expired (its last certificate lapsed: to be
 * re-rated, not counted as rated), or not yet rated.
 */
public enum Standing {
	RATED, EXPIRED, UNRATED
}
