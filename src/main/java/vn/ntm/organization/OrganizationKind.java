package vn.ntm.organization;

public enum OrganizationKind {
	COORDINATION_OFFICE, DEPARTMENT, DISTRICT_COMMITTEE, COMMUNE_COMMITTEE, SPONSOR
}
