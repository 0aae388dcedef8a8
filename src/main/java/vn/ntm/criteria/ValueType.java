package vn.ntm.criteria;

/**
 * How an indicator's value is written: a number, a percentage 0–100, yes/no ("Đạt"/"Không đạt"), or one of listed
 * choices; or not written at all ({@link #REQUIRED_TIER}).
 */
public enum ValueType {
	NUMBER, PERCENT, BOOLEAN, CHOICE,
	/** never typed: yes when the unit reaches the tier of the set this one requires, as the engine evaluates it */
	REQUIRED_TIER
}
