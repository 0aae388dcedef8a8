package vn.ntm.planning;

/** A plan, one of its documents or targets was created, changed or deleted. */
public record PlanChanged(long planId, String provinceCode, int year, String change) {
}
