package vn.ntm.organization;

/** An organization assigned to support, or sponsoring, a commune, village or district in a year. */
public record SupportAssignment(long id, long organizationId, String unitCode, int year, SupportRole role) {
}
