package vn.ntm.finance.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import vn.ntm.finance.Allocation;
import vn.ntm.finance.CapitalSource;
import vn.ntm.finance.Disbursement;
import vn.ntm.finance.Funds.NewAllocation;
import vn.ntm.finance.Funds.NewDisbursement;
import vn.ntm.finance.Funds.NewProject;
import vn.ntm.finance.Project;
import vn.ntm.shared.Money;

/** The rows of allocations and their disbursements; unit names come from the caller. */
@Component
class FundsStore {

	private static final String ALLOCATION = """
			SELECT id, province_code, plan_year, source, unit_code, amount, project_name, project_unit_code,
			       project_criterion, project_total, project_starts_on, project_ends_on, version
			FROM finance_allocation""";
	private static final String DISBURSEMENT = """
			SELECT id, allocation_id, amount, paid_on, document_number, recorded_by, recorded_at FROM finance_disbursement""";

	private final JdbcClient jdbc;

	FundsStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(NewAllocation a, String by, Instant at) {
		NewProject p = a.project();
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO finance_allocation (province_code, plan_year, source, unit_code, amount, project_name,
				    project_unit_code, project_criterion, project_total, project_starts_on, project_ends_on, created_by,
				    created_at) VALUES (:province, :year, :source, :unit, :amount, :name, :punit, :criterion, :total,
				    :starts, :ends, :by, :at)""")
			.param("province", a.provinceCode()).param("year", a.year()).param("source", a.source().name())
			.param("unit", a.unitCode().strip()).param("amount", a.amount())
			.param("name", p == null ? null : p.name().strip())
			.param("punit", p == null || p.unitCode() == null ? null : p.unitCode().strip())
			.param("criterion", p == null ? null : p.criterion())
			.param("total", p == null ? null : p.totalInvestment())
			.param("starts", p == null ? null : p.startsOn()).param("ends", p == null ? null : p.endsOn())
			.param("by", by).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update(key, "id");
		return key.getKey().longValue();
	}

	Optional<Allocation> allocation(long id) {
		return jdbc.sql(ALLOCATION + " WHERE id = ?").param(id).query((rs, n) -> allocation(rs)).optional();
	}

	List<Allocation> allocations(String province, int year) {
		return jdbc.sql(ALLOCATION + " WHERE province_code = ? AND plan_year = ? ORDER BY id").params(province, year)
			.query((rs, n) -> allocation(rs)).list();
	}

	/** The province's allocations of the year and of every earlier one (whose remainders may be carried). */
	List<Allocation> allocationsUpTo(String province, int year) {
		return jdbc.sql(ALLOCATION + " WHERE province_code = ? AND plan_year <= ? ORDER BY plan_year, id")
			.params(province, year).query((rs, n) -> allocation(rs)).list();
	}

	/** Takes the allocation's version: false when it is no longer {@code expected} (someone disbursed meanwhile). */
	boolean claim(long allocationId, long expected) {
		return jdbc.sql("UPDATE finance_allocation SET version = version + 1 WHERE id = ? AND version = ?")
			.params(allocationId, expected).update() == 1;
	}

	long insertDisbursement(long allocationId, NewDisbursement d, String by, Instant at) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO finance_disbursement (allocation_id, amount, paid_on, document_number, recorded_by, recorded_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(allocationId, d.amount(), d.paidOn(), d.documentNumber().strip(), by,
					OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update(key, "id");
		return key.getKey().longValue();
	}

	Optional<Disbursement> disbursement(long id) {
		return jdbc.sql(DISBURSEMENT + " WHERE id = ?").param(id).query((rs, n) -> disbursement(rs)).optional();
	}

	List<Disbursement> disbursements(long allocationId) {
		return jdbc.sql(DISBURSEMENT + " WHERE allocation_id = ? ORDER BY paid_on, id").param(allocationId)
			.query((rs, n) -> disbursement(rs)).list();
	}

	/** The disbursements of the province's allocations of the year and earlier, paid up to the end of the year. */
	List<Disbursement> disbursementsUpTo(String province, int year) {
		return jdbc.sql(DISBURSEMENT + " WHERE paid_on <= ? AND allocation_id IN (SELECT id FROM finance_allocation"
				+ " WHERE province_code = ? AND plan_year <= ?) ORDER BY paid_on, id")
			.params(LocalDate.of(year, 12, 31), province, year).query((rs, n) -> disbursement(rs)).list();
	}

	private static Allocation allocation(ResultSet rs) throws SQLException {
		String projectName = rs.getString("project_name");
		BigDecimal total = rs.getBigDecimal("project_total");
		Project project = projectName == null ? null
				: new Project(projectName, rs.getString("project_unit_code"),
						(Integer) rs.getObject("project_criterion", Integer.class), total == null ? null : new Money(total),
						rs.getObject("project_starts_on", LocalDate.class), rs.getObject("project_ends_on", LocalDate.class));
		String unit = rs.getString("unit_code");
		return new Allocation(rs.getLong("id"), rs.getString("province_code"), rs.getInt("plan_year"),
				CapitalSource.valueOf(rs.getString("source")), unit, unit, project, new Money(rs.getBigDecimal("amount")),
				rs.getLong("version"));
	}

	private static Disbursement disbursement(ResultSet rs) throws SQLException {
		return new Disbursement(rs.getLong("id"), rs.getLong("allocation_id"), new Money(rs.getBigDecimal("amount")),
				rs.getObject("paid_on", LocalDate.class), rs.getString("document_number"), rs.getString("recorded_by"),
				rs.getObject("recorded_at", OffsetDateTime.class).toInstant());
	}
}
