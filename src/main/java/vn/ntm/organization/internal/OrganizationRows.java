package vn.ntm.organization.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import vn.ntm.organization.CriterionAssignment;
import vn.ntm.organization.Organization;
import vn.ntm.organization.OrganizationKind;
import vn.ntm.organization.SupportAssignment;
import vn.ntm.organization.SupportRole;

/** Reads an organization from its row, and describes one for the audit log. */
final class OrganizationRows {

	static final String AUDIT_TYPE = "organization";

	private OrganizationRows() {
	}

	static Organization organization(ResultSet rs, int row) throws SQLException {
		return new Organization(rs.getLong("id"), rs.getString("province_code"),
				OrganizationKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("short_code"),
				rs.getString("unit_code"), rs.getBoolean("to_confirm"), rs.getBoolean("demo"), rs.getLong("version"),
				date(rs.getDate("valid_from")), date(rs.getDate("valid_to")));
	}

	static String describe(Organization o) {
		return "kind=" + o.kind() + "; name=" + o.name() + "; shortCode=" + o.shortCode() + "; unit=" + o.unitCode()
				+ "; toConfirm=" + o.toConfirm()
				+ (o.validFrom() == null && o.validTo() == null ? ""
						: "; validFrom=" + o.validFrom() + "; validTo=" + o.validTo());
	}

	private static LocalDate date(Date date) {
		return date == null ? null : date.toLocalDate();
	}

	static SupportAssignment support(ResultSet rs, int row) throws SQLException {
		return new SupportAssignment(rs.getLong("id"), rs.getLong("organization_id"), rs.getString("unit_code"),
				rs.getInt("support_year"), SupportRole.valueOf(rs.getString("role")));
	}

	static String describe(CriterionAssignment a) {
		return "set=" + a.setCode() + "; criterion=" + a.criterionNumber()
				+ (a.indicatorCode() == null ? "" : "; indicator=" + a.indicatorCode()) + "; lead="
				+ a.leadOrganizationId() + "; supporting=" + a.supportingOrganizationIds() + "; status=" + a.status();
	}

	static String describe(SupportAssignment s) {
		return "organization=" + s.organizationId() + "; unit=" + s.unitCode() + "; year=" + s.year() + "; role="
				+ s.role();
	}
}
