package vn.ntm.planning.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.ntm.planning.Plan;
import vn.ntm.planning.PlanDocument;
import vn.ntm.planning.PlanTier;
import vn.ntm.planning.Target;

/** The planning tables: plans, their documents and targets. */
@Repository
class PlanStore {

	private final JdbcClient jdbc;

	private final Clock clock;

	PlanStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	record Header(long id, String provinceCode, int year, String title, boolean reference, Integer referenceVersion,
			String source, long version) {
	}

	private static Header header(ResultSet rs, int row) throws SQLException {
		return new Header(rs.getLong("id"), rs.getString("province_code"), rs.getInt("plan_year"), rs.getString("title"),
				rs.getBoolean("reference"), (Integer) rs.getObject("reference_version", Integer.class),
				rs.getString("source"), rs.getLong("version"));
	}

	Optional<Header> header(String provinceCode, int year) {
		return jdbc.sql("SELECT * FROM planning_plan WHERE province_code = :p AND plan_year = :y")
			.param("p", provinceCode).param("y", year).query(PlanStore::header).optional();
	}

	Optional<Plan> find(long id) {
		return jdbc.sql("SELECT * FROM planning_plan WHERE id = :id").param("id", id).query(PlanStore::header)
			.optional().map(this::plan);
	}

	Optional<Plan> find(String provinceCode, int year) {
		return header(provinceCode, year).map(this::plan);
	}

	List<Plan> all(String provinceCode) {
		return jdbc.sql("SELECT * FROM planning_plan WHERE province_code = :p ORDER BY plan_year DESC")
			.param("p", provinceCode).query(PlanStore::header).list().stream().map(this::plan).toList();
	}

	private Plan plan(Header h) {
		List<PlanDocument> documents = jdbc.sql("SELECT * FROM planning_document WHERE plan_id = :id ORDER BY id")
			.param("id", h.id())
			.query((rs, n) -> new PlanDocument(rs.getLong("id"), PlanDocument.Type.valueOf(rs.getString("doc_type")),
					rs.getString("number"), rs.getObject("issued_on", java.time.LocalDate.class), rs.getString("issuer"),
					rs.getString("title"), rs.getString("source")))
			.list();
		List<Target> targets = jdbc.sql("SELECT * FROM planning_target WHERE plan_id = :id ORDER BY position, id")
			.param("id", h.id()).query(PlanStore::target).list();
		return new Plan(h.id(), h.provinceCode(), h.year(), h.title(), h.reference(), h.source(), documents, targets,
				h.version());
	}

	private static Target target(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		String tier = rs.getString("tier");
		PlanTier planTier = tier == null ? null : PlanTier.valueOf(tier);
		java.time.LocalDate deadline = rs.getObject("deadline", java.time.LocalDate.class);
		return switch (rs.getString("kind")) {
			case "NAMED" -> new Target.Named(id, planTier, rs.getString("unit_code"), rs.getString("unit_name"),
					rs.getString("source_name"), rs.getString("district_code"), deadline, rs.getString("note"));
			case "AGGREGATE" -> new Target.Aggregate(id, planTier, Target.Measure.valueOf(rs.getString("measure")),
					rs.getString("description"), rs.getString("scope_unit_code"),
					rs.getObject("target_count", Integer.class), rs.getObject("of_total", Integer.class),
					rs.getBigDecimal("percent"), rs.getString("indicator"), deadline, rs.getString("note"));
			default -> new Target.Kpi(id, rs.getString("indicator"), rs.getString("unit_of_measure"),
					Target.Bound.valueOf(rs.getString("bound")), rs.getBigDecimal("target_value"), deadline,
					rs.getBigDecimal("baseline_value"), rs.getObject("baseline_year", Integer.class),
					rs.getString("note"));
		};
	}

	long insert(String provinceCode, int year, String title, boolean reference, Integer referenceVersion,
			String source, String by) {
		var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO planning_plan (province_code, plan_year, title, reference, reference_version, source,
				    updated_by, updated_at, version)
				VALUES (:p, :y, :t, :r, :rv, :s, :by, :at, 0)""")
			.param("p", provinceCode).param("y", year).param("t", title).param("r", reference)
			.param("rv", referenceVersion).param("s", source).param("by", by)
			.param("at", OffsetDateTime.now(clock.withZone(ZoneOffset.UTC))).update(keys, "id");
		return keys.getKey().longValue();
	}

	/** Bumps the plan's version if it still is {@code expectedVersion}; otherwise someone changed it meanwhile. */
	void touch(long planId, long expectedVersion, String by) {
		int n = jdbc.sql("""
				UPDATE planning_plan SET version = version + 1, updated_by = :by, updated_at = :at
				WHERE id = :id AND version = :v""")
			.param("by", by).param("at", OffsetDateTime.now(clock.withZone(ZoneOffset.UTC))).param("id", planId)
			.param("v", expectedVersion).update();
		if (n == 0) {
			throw new OptimisticLockingFailureException("plan " + planId + " changed since version " + expectedVersion);
		}
	}

	void updateHeader(long planId, String title, String source, Integer referenceVersion) {
		jdbc.sql("UPDATE planning_plan SET title = :t, source = :s, reference_version = :rv WHERE id = :id")
			.param("t", title).param("s", source).param("rv", referenceVersion).param("id", planId).update();
	}

	void delete(long planId) {
		jdbc.sql("DELETE FROM planning_target WHERE plan_id = :id").param("id", planId).update();
		jdbc.sql("DELETE FROM planning_document WHERE plan_id = :id").param("id", planId).update();
		jdbc.sql("DELETE FROM planning_plan WHERE id = :id").param("id", planId).update();
	}

	void clearContent(long planId) {
		jdbc.sql("DELETE FROM planning_target WHERE plan_id = :id").param("id", planId).update();
		jdbc.sql("DELETE FROM planning_document WHERE plan_id = :id").param("id", planId).update();
	}

	void insertDocument(long planId, PlanDocument d) {
		jdbc.sql("""
				INSERT INTO planning_document (plan_id, doc_type, number, issued_on, issuer, title, source)
				VALUES (:plan, :type, :number, :issued, :issuer, :title, :source)""")
			.param("plan", planId).param("type", d.type().name()).param("number", d.number())
			.param("issued", d.issued()).param("issuer", d.issuer()).param("title", d.title())
			.param("source", d.source()).update();
	}

	int deleteDocument(long planId, long documentId) {
		return jdbc.sql("DELETE FROM planning_document WHERE plan_id = :p AND id = :id").param("p", planId)
			.param("id", documentId).update();
	}

	int deleteTarget(long planId, long targetId) {
		return jdbc.sql("DELETE FROM planning_target WHERE plan_id = :p AND id = :id").param("p", planId)
			.param("id", targetId).update();
	}

	void insertTargets(long planId, List<Target> targets) {
		int position = jdbc.sql("SELECT COALESCE(MAX(position), 0) FROM planning_target WHERE plan_id = :p")
			.param("p", planId).query(Integer.class).single();
		for (Target t : targets) {
			position++;
			java.util.Map<String, Object> p = new java.util.HashMap<>();
			for (String name : List.of("tier", "unit", "unitName", "sourceName", "district", "measure", "description",
					"scope", "count", "ofTotal", "percent", "indicator", "uom", "bound", "target", "baseline",
					"baselineYear", "deadline")) {
				p.put(name, null);
			}
			p.put("plan", planId);
			p.put("pos", position);
			p.put("note", t.note());
			switch (t) {
				case Target.Named n -> {
					p.put("kind", "NAMED");
					p.put("tier", n.tier().name());
					p.put("unit", n.unitCode());
					p.put("unitName", n.unitName());
					p.put("sourceName", n.sourceName());
					p.put("district", n.districtCode());
					p.put("deadline", n.deadline());
				}
				case Target.Aggregate a -> {
					p.put("kind", "AGGREGATE");
					p.put("tier", a.tier() == null ? null : a.tier().name());
					p.put("measure", a.measure().name());
					p.put("description", a.description());
					p.put("scope", a.scopeUnitCode());
					p.put("count", a.count());
					p.put("ofTotal", a.ofTotal());
					p.put("percent", a.percent());
					p.put("indicator", a.indicator());
					p.put("deadline", a.deadline());
				}
				case Target.Kpi k -> {
					p.put("kind", "KPI");
					p.put("indicator", k.indicator());
					p.put("uom", k.unitOfMeasure());
					p.put("bound", k.bound().name());
					p.put("target", k.targetValue());
					p.put("baseline", k.baselineValue());
					p.put("baselineYear", k.baselineYear());
					p.put("deadline", k.deadline());
				}
			}
			jdbc.sql("""
					INSERT INTO planning_target (plan_id, kind, position, tier, unit_code, unit_name, source_name,
					    district_code, measure, description, scope_unit_code, target_count, of_total, percent, indicator,
					    unit_of_measure, bound, target_value, baseline_value, baseline_year, deadline, note)
					VALUES (:plan, :kind, :pos, :tier, :unit, :unitName, :sourceName, :district, :measure, :description,
					    :scope, :count, :ofTotal, :percent, :indicator, :uom, :bound, :target, :baseline, :baselineYear,
					    :deadline, :note)""")
				.params(p).update();
		}
	}
}
