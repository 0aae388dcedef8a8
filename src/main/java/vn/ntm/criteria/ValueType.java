package vn.ntm.criteria;

/** How an indicator's value is written: a number, a percentage 0–100, yes/no ("Đạt"/"Không đạt"), or one of listed choices. */
public enum ValueType { NUMBER, PERCENT, BOOLEAN, CHOICE }
