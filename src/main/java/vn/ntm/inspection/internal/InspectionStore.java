package vn.ntm.inspection.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import vn.ntm.inspection.Finding;
import vn.ntm.inspection.InspectionPlan;
import vn.ntm.inspection.Inspections.NewFinding;
import vn.ntm.inspection.Inspections.NewPlan;
import vn.ntm.inspection.Inspections.NewVisit;
import vn.ntm.inspection.Visit;
import vn.ntm.inspection.VisitKind;

/** The rows of plans, visits, findings and the tasks recommended; unit names come from the caller. */
@Component
class InspectionStore {

	private final JdbcClient jdbc;

	InspectionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insertPlan(NewPlan p, String by, Instant at) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO inspection_plan (province_code, plan_year, title, document_number, document_date, created_by,
				    created_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(p.provinceCode(), p.year(), p.title().strip(), p.documentNumber(), p.documentDate(), by,
					OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update(key, "id");
		return key.getKey().longValue();
	}

	Optional<InspectionPlan> plan(long id) {
		return jdbc.sql("SELECT id, province_code, plan_year, title, document_number, document_date, version FROM inspection_plan WHERE id = ?")
			.param(id).query((rs, n) -> plan(rs)).optional();
	}

	List<InspectionPlan> plans(String province, int year) {
		return jdbc.sql("SELECT id, province_code, plan_year, title, document_number, document_date, version FROM inspection_plan"
				+ " WHERE province_code = ? AND plan_year = ? ORDER BY id")
			.params(province, year).query((rs, n) -> plan(rs)).list();
	}

	long insertVisit(long planId, NewVisit v) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO inspection_visit (plan_id, kind, unit_code, topics, planned_on, lead_org_id, team_org_ids)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(planId, v.kind().name(), v.unitCode(), v.topics(), v.plannedOn(), v.leadOrgId(),
					v.teamOrgIds().stream().map(String::valueOf).collect(Collectors.joining(",")))
			.update(key, "id");
		return key.getKey().longValue();
	}

	private static final String VISIT = """
			SELECT v.id, v.plan_id, p.province_code, v.kind, v.unit_code, v.topics, v.planned_on, v.visited_on,
			       v.lead_org_id, v.team_org_ids, v.version
			FROM inspection_visit v JOIN inspection_plan p ON p.id = v.plan_id""";

	Optional<Visit> visit(long id) {
		return jdbc.sql(VISIT + " WHERE v.id = ?").param(id).query((rs, n) -> visit(rs)).optional();
	}

	List<Visit> visits(long planId) {
		return jdbc.sql(VISIT + " WHERE v.plan_id = ? ORDER BY v.planned_on, v.id").param(planId)
			.query((rs, n) -> visit(rs)).list();
	}

	void markVisited(long visitId, LocalDate day) {
		jdbc.sql("UPDATE inspection_visit SET visited_on = ? WHERE id = ? AND visited_on IS NULL").params(day, visitId)
			.update();
	}

	long insertFinding(Visit v, NewFinding f, String by, Instant at) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO inspection_finding (visit_id, unit_code, criterion, indicator_code, finding, reported_value,
				    value_holds, evidence_name, evidence_type, evidence_body, recorded_by, recorded_at)
				VALUES (:visit, :unit, :criterion, :indicator, :finding, :reported, :holds, :name, :type, :body, :by, :at)""")
			.param("visit", v.id()).param("unit", v.unitCode()).param("criterion", f.criterion())
			.param("indicator", blankToNull(f.indicatorCode())).param("finding", f.text().strip())
			.param("reported", blankToNull(f.reportedValue())).param("holds", f.valueHolds())
			.param("name", f.evidence() == null ? null : f.evidenceName())
			.param("type", f.evidence() == null ? null : f.evidenceType()).param("body", f.evidence())
			.param("by", by).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update(key, "id");
		return key.getKey().longValue();
	}

	private static final String FINDING = """
			SELECT id, visit_id, unit_code, criterion, indicator_code, finding, reported_value, value_holds, evidence_name,
			       recorded_by, recorded_at, closed_on, version FROM inspection_finding""";

	Optional<Finding> finding(long id) {
		return jdbc.sql(FINDING + " WHERE id = ?").param(id).query((rs, n) -> finding(rs)).optional();
	}

	List<Finding> findings(long visitId) {
		return jdbc.sql(FINDING + " WHERE visit_id = ? ORDER BY id").param(visitId).query((rs, n) -> finding(rs)).list();
	}

	/** Every finding of the province's plans of the year. */
	List<Finding> findingsOf(String province, int year) {
		return jdbc.sql(FINDING + " WHERE visit_id IN (SELECT v.id FROM inspection_visit v JOIN inspection_plan p"
				+ " ON p.id = v.plan_id WHERE p.province_code = ? AND p.plan_year = ?) ORDER BY id")
			.params(province, year).query((rs, n) -> finding(rs)).list();
	}

	Optional<vn.ntm.inspection.Inspections.Evidence> evidence(long findingId) {
		return jdbc.sql("SELECT evidence_name, evidence_body FROM inspection_finding WHERE id = ? AND evidence_body IS NOT NULL")
			.param(findingId)
			.query((rs, n) -> new vn.ntm.inspection.Inspections.Evidence(rs.getString(1), rs.getBytes(2))).optional();
	}

	void recommend(long findingId, long taskId) {
		jdbc.sql("INSERT INTO inspection_recommendation (finding_id, task_id) VALUES (?, ?)").params(findingId, taskId)
			.update();
	}

	boolean close(long findingId, LocalDate day, String by, long expectedVersion) {
		return jdbc.sql("""
				UPDATE inspection_finding SET closed_on = ?, closed_by = ?, version = version + 1
				WHERE id = ? AND version = ? AND closed_on IS NULL""")
			.params(day, by, findingId, expectedVersion).update() == 1;
	}

	private List<Long> tasksOf(long findingId) {
		return jdbc.sql("SELECT task_id FROM inspection_recommendation WHERE finding_id = ? ORDER BY task_id")
			.param(findingId).query(Long.class).list();
	}

	private static InspectionPlan plan(ResultSet rs) throws SQLException {
		return new InspectionPlan(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
				rs.getObject(6, LocalDate.class), rs.getLong(7));
	}

	private static Visit visit(ResultSet rs) throws SQLException {
		return new Visit(rs.getLong(1), rs.getLong(2), rs.getString(3), VisitKind.valueOf(rs.getString(4)),
				rs.getString(5), rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class),
				rs.getObject(8, LocalDate.class), rs.getLong(9),
				Arrays.stream(rs.getString(10).split(",")).map(Long::valueOf).toList(), rs.getLong(11));
	}

	private Finding finding(ResultSet rs) throws SQLException {
		int criterion = rs.getInt(4);
		Integer c = rs.wasNull() ? null : criterion;
		boolean holds = rs.getBoolean(8);
		Boolean h = rs.wasNull() ? null : holds;
		long id = rs.getLong(1);
		return new Finding(id, rs.getLong(2), rs.getString(3), c, rs.getString(5), rs.getString(6), rs.getString(7), h,
				rs.getString(9), rs.getString(10), rs.getObject(11, OffsetDateTime.class).toInstant(),
				rs.getObject(12, LocalDate.class), tasksOf(id), rs.getLong(13));
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
