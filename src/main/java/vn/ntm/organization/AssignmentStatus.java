package vn.ntm.organization;

public enum AssignmentStatus {
	TO_CONFIRM, CONFIRMED
}
