package vn.ntm.recognition.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.ntm.criteria.Tier;
import vn.ntm.recognition.Appraisal;
import vn.ntm.recognition.Dossier;
import vn.ntm.recognition.DossierStep;
import vn.ntm.recognition.DossierView;

/** The dossier tables: every write of a dossier row is conditional on the version the official read. */
@Repository
class DossierStore {

	private static final String COLUMNS = """
			id, unit_code, unit_name, unit_path, province_code, district_code, tier, dossier_year, set_code, step, step_since,
			opened_on, opened_by, return_reason, conclusion, decision_number, decision_date, signer, recognition_id,
			version""";

	private final JdbcClient jdbc;

	DossierStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record NewRow(String unitCode, String unitName, String unitPath, String unitLevel, String provinceCode, String districtCode,
			Tier tier, int year, String setCode, OffsetDateTime at, LocalDate openedOn, String openedBy) {
	}

	long insert(NewRow r) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO recognition_dossier (unit_code, unit_name, unit_path, unit_level, province_code, district_code, tier,
				    dossier_year, set_code, step, step_since, opened_on, opened_by, version)
				VALUES (:unit, :name, :path, :level, :province, :district, :tier, :year, :set, 'DRAFT', :at, :on, :by, 0)""")
			.param("unit", r.unitCode()).param("name", r.unitName()).param("path", r.unitPath()).param("level", r.unitLevel())
			.param("province", r.provinceCode()).param("district", r.districtCode()).param("tier", r.tier().name())
			.param("year", r.year()).param("set", r.setCode()).param("at", r.at()).param("on", r.openedOn())
			.param("by", r.openedBy())
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	Optional<Dossier> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM recognition_dossier WHERE id = :id").param("id", id)
			.query(DossierStore::dossier).optional();
	}

	Optional<Dossier> find(String unitCode, Tier tier, int year) {
		return jdbc.sql("SELECT " + COLUMNS
				+ " FROM recognition_dossier WHERE unit_code = :unit AND tier = :tier AND dossier_year = :year")
			.param("unit", unitCode).param("tier", tier.name()).param("year", year).query(DossierStore::dossier)
			.optional();
	}

	String unitLevel(long id) {
		return jdbc.sql("SELECT unit_level FROM recognition_dossier WHERE id = :id").param("id", id)
			.query(String.class).single();
	}

	/** The dossiers under these hierarchy paths ("/" for all) matching the criteria given, newest first. */
	List<Dossier> list(Set<String> paths, String unitCode, Tier tier, Integer year, DossierStep step) {
		if (paths.isEmpty()) {
			return List.of();
		}
		List<String> prefixes = List.copyOf(paths);
		StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM recognition_dossier WHERE (");
		for (int i = 0; i < prefixes.size(); i++) {
			sql.append(i == 0 ? "" : " OR ").append("unit_path LIKE :p").append(i);
		}
		sql.append(")").append(unitCode == null ? "" : " AND unit_code = :unit")
			.append(tier == null ? "" : " AND tier = :tier").append(year == null ? "" : " AND dossier_year = :year")
			.append(step == null ? "" : " AND step = :step").append(" ORDER BY dossier_year DESC, id DESC");
		var spec = jdbc.sql(sql.toString());
		for (int i = 0; i < prefixes.size(); i++) {
			spec = spec.param("p" + i, prefixes.get(i) + "%");
		}
		if (unitCode != null) {
			spec = spec.param("unit", unitCode);
		}
		if (tier != null) {
			spec = spec.param("tier", tier.name());
		}
		if (year != null) {
			spec = spec.param("year", year);
		}
		if (step != null) {
			spec = spec.param("step", step.name());
		}
		return spec.query(DossierStore::dossier).list();
	}

	/** A recognition already recorded under this number: its id, unit and date (any province; the caller filters). */
	record Numbered(long recognitionId, String unitCode, LocalDate decisionDate, String issuer) {
	}

	List<Numbered> recognitionsNumbered(String number) {
		return jdbc.sql("""
				SELECT id, unit_code, decision_date, issuer FROM recognition_decision WHERE decision_number = :number
				ORDER BY id""")
			.param("number", number)
			.query((rs, n) -> new Numbered(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getString(4)))
			.list();
	}

	/** Moves the dossier if nobody changed it since {@code version}; false when someone did. */
	boolean move(long id, long version, DossierStep to, OffsetDateTime at, String returnReason, String conclusion) {
		return jdbc.sql("""
				UPDATE recognition_dossier SET step = :to, step_since = :at,
				    return_reason = COALESCE(:reason, return_reason), conclusion = COALESCE(:conclusion, conclusion),
				    version = version + 1
				WHERE id = :id AND version = :version""")
			.param("to", to.name()).param("at", at).param("reason", returnReason).param("conclusion", conclusion)
			.param("id", id).param("version", version).update() == 1;
	}

	void recordDecision(long id, String number, LocalDate date, String signer, long recognitionId) {
		jdbc.sql("""
				UPDATE recognition_dossier SET decision_number = :number, decision_date = :date, signer = :signer,
				    recognition_id = :recognition WHERE id = :id""")
			.param("number", number).param("date", date).param("signer", signer).param("recognition", recognitionId)
			.param("id", id).update();
	}

	void history(long id, DossierView.HistoryLine line) {
		jdbc.sql("""
				INSERT INTO recognition_dossier_history (dossier_id, action, from_step, to_step, criterion_number, note,
				    acted_by, acted_at, days_waited)
				VALUES (:id, :action, :from, :to, :criterion, :note, :by, :at, :days)""")
			.param("id", id).param("action", line.action().name())
			.param("from", line.from() == null ? null : line.from().name()).param("to", line.to().name())
			.param("criterion", line.criterion()).param("note", line.note()).param("by", line.actedBy())
			.param("at", line.actedAt()).param("days", line.daysWaited())
			.update();
	}

	List<DossierView.HistoryLine> history(long id) {
		return jdbc.sql("""
				SELECT action, from_step, to_step, criterion_number, note, acted_by, acted_at, days_waited
				FROM recognition_dossier_history WHERE dossier_id = :id ORDER BY id""")
			.param("id", id)
			.query((rs, n) -> new DossierView.HistoryLine(
					vn.ntm.recognition.DossierAction.valueOf(rs.getString(1)),
					rs.getString(2) == null ? null : DossierStep.valueOf(rs.getString(2)),
					DossierStep.valueOf(rs.getString(3)), (Integer) rs.getObject(4, Integer.class), rs.getString(5),
					rs.getString(6), rs.getObject(7, OffsetDateTime.class), rs.getLong(8)))
			.list();
	}

	List<Appraisal> appraisals(long id) {
		return jdbc.sql("""
				SELECT id, dossier_id, criterion_number, verdict, reason, organization_id, organization_name,
				    appraised_by, appraised_at, evidence_added, version
				FROM recognition_dossier_appraisal WHERE dossier_id = :id ORDER BY criterion_number""")
			.param("id", id)
			.query((rs, n) -> new Appraisal(rs.getLong(1), rs.getLong(2), rs.getInt(3),
					Appraisal.Verdict.valueOf(rs.getString(4)), rs.getString(5), (Long) rs.getObject(6, Long.class),
					rs.getString(7), rs.getString(8), rs.getObject(9, OffsetDateTime.class), rs.getBoolean(10),
					rs.getLong(11)))
			.list();
	}

	void insertAppraisal(long dossierId, Appraisal a) {
		jdbc.sql("""
				INSERT INTO recognition_dossier_appraisal (dossier_id, criterion_number, verdict, reason,
				    organization_id, organization_name, appraised_by, appraised_at, evidence_added, version)
				VALUES (:dossier, :criterion, :verdict, :reason, :org, :orgName, :by, :at, FALSE, 0)""")
			.param("dossier", dossierId).param("criterion", a.criterionNumber()).param("verdict", a.verdict().name())
			.param("reason", a.reason()).param("org", a.organizationId()).param("orgName", a.organizationName())
			.param("by", a.appraisedBy()).param("at", a.appraisedAt())
			.update();
	}

	/** Replaces an appraisal if nobody changed it since {@code version}; false when someone did. */
	boolean updateAppraisal(long dossierId, Appraisal a, long version) {
		return jdbc.sql("""
				UPDATE recognition_dossier_appraisal SET verdict = :verdict, reason = :reason, organization_id = :org,
				    organization_name = :orgName, appraised_by = :by, appraised_at = :at, evidence_added = FALSE,
				    version = version + 1
				WHERE dossier_id = :dossier AND criterion_number = :criterion AND version = :version""")
			.param("dossier", dossierId).param("criterion", a.criterionNumber()).param("verdict", a.verdict().name())
			.param("reason", a.reason()).param("org", a.organizationId()).param("orgName", a.organizationName())
			.param("by", a.appraisedBy()).param("at", a.appraisedAt()).param("version", version)
			.update() == 1;
	}

	void evidenceAdded(long dossierId, int criterion) {
		jdbc.sql("""
				UPDATE recognition_dossier_appraisal SET evidence_added = TRUE, version = version + 1
				WHERE dossier_id = :dossier AND criterion_number = :criterion AND verdict = 'MORE_EVIDENCE'""")
			.param("dossier", dossierId).param("criterion", criterion).update();
	}

	void insertDocument(long dossierId, String itemCode, Integer criterion, String filename, String mediaType,
			byte[] content, String by, OffsetDateTime at) {
		jdbc.sql("""
				INSERT INTO recognition_dossier_document (dossier_id, item_code, criterion_number, filename, media_type,
				    content, attached_by, attached_at)
				VALUES (:dossier, :item, :criterion, :filename, :type, :content, :by, :at)""")
			.param("dossier", dossierId).param("item", itemCode).param("criterion", criterion)
			.param("filename", filename).param("type", mediaType).param("content", content).param("by", by)
			.param("at", at)
			.update();
	}

	List<DossierView.Document> documents(long dossierId) {
		return jdbc.sql("""
				SELECT id, item_code, criterion_number, filename, attached_by, attached_at
				FROM recognition_dossier_document WHERE dossier_id = :id ORDER BY id""")
			.param("id", dossierId)
			.query((rs, n) -> new DossierView.Document(rs.getLong(1), rs.getString(2),
					(Integer) rs.getObject(3, Integer.class), rs.getString(4), rs.getString(5),
					rs.getObject(6, OffsetDateTime.class)))
			.list();
	}

	Optional<byte[]> content(long dossierId, long documentId) {
		return jdbc.sql("SELECT content FROM recognition_dossier_document WHERE dossier_id = :d AND id = :id")
			.param("d", dossierId).param("id", documentId).query((rs, n) -> rs.getBytes(1)).optional();
	}

	private static Dossier dossier(ResultSet rs, int row) throws SQLException {
		return new Dossier(rs.getLong("id"), rs.getString("unit_code"), rs.getString("unit_name"), rs.getString("unit_path"),
				rs.getString("province_code"), rs.getString("district_code"), Tier.valueOf(rs.getString("tier")),
				rs.getInt("dossier_year"), rs.getString("set_code"), DossierStep.valueOf(rs.getString("step")),
				rs.getObject("step_since", OffsetDateTime.class), rs.getObject("opened_on", LocalDate.class),
				rs.getString("opened_by"), rs.getString("return_reason"), rs.getString("conclusion"),
				rs.getString("decision_number"), rs.getObject("decision_date", LocalDate.class), rs.getString("signer"),
				(Long) rs.getObject("recognition_id", Long.class), rs.getLong("version"));
	}
}
