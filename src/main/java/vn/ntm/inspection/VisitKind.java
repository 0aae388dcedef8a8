package vn.ntm.inspection;

/** Kiểm tra định kỳ, kiểm tra đột xuất, or giám sát (the Fatherland Front's supervision). */
public enum VisitKind {
	PERIODIC, UNANNOUNCED, SUPERVISION
}
