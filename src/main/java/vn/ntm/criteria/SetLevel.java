package vn.ntm.criteria;

/** The kind of unit a criteria set applies to. */
public enum SetLevel { COMMUNE, VILLAGE, DISTRICT, PROVINCE }
