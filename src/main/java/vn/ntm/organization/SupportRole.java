package vn.ntm.organization;

public enum SupportRole {
	SUPPORT, SPONSOR
}
