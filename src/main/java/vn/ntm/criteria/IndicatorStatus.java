package vn.ntm.criteria;

/** Outcome of evaluating an indicator, or a criterion (the worst of its indicators). */
public enum IndicatorStatus {
	MET,
	NOT_MET,
	/** no value recorded: never counts as met */
	NO_DATA,
	/** the applicable threshold is not known: never counts as met */
	THRESHOLD_UNKNOWN
}
