package vn.ntm.reporting.internal;

import java.util.Set;

import vn.ntm.reporting.Obligation.ReporterKind;

/**
 * An organization that owes monthly reports.
 *
 * @param code     the organization's short code, e.g. {@code so-gtvt}, {@code ubnd-615}
 * @param unitCode the district a district committee answers for; the province for departments and the office
 * @param criteria criterion numbers a department answers for; empty for districts and the office
 * @param setCode  the criteria set the criterion numbers belong to
 */
public record Reporter(String code, String name, ReporterKind kind, String provinceCode, String unitCode,
		Long organizationId, Set<Integer> criteria, String setCode) {
}
