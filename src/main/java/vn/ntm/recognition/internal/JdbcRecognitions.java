package vn.ntm.recognition.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.criteria.Tier;
import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Geography;
import vn.ntm.identity.Access;
import vn.ntm.recognition.DecisionExists;
import vn.ntm.recognition.Recognition;
import vn.ntm.recognition.RecognitionDecided;
import vn.ntm.recognition.RecognitionRevoked;
import vn.ntm.recognition.Recognitions;
import vn.ntm.shared.AuditEvent;

@Service
class JdbcRecognitions implements Recognitions {

	private static final String COLUMNS = """
			id, unit_code, tier, decision_number, decision_date, issuer, set_code, note, revoked_on,
			revocation_number, revocation_reason, demo, version""";

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Access access;
	private final Geography geography;
	private final Clock clock;

	JdbcRecognitions(JdbcClient jdbc, ApplicationEventPublisher events, Access access, Geography geography,
			Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.access = access;
		this.geography = geography;
		this.clock = clock;
	}

	@Override
	@Transactional
	public Recognition decide(NewRecognition d) {
		Optional<Recognition> same = sameDecision(d);
		if (same.isPresent()) {
			throw new DecisionExists(d.unitCode(), d.tier(), d.decisionNumber(), same.get());
		}
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		try {
			insert(d, key);
		}
		catch (DuplicateKeyException raced) {
			// recorded by a concurrent request since the check; this transaction cannot read it any more (PostgreSQL)
			throw new DecisionExists(d.unitCode(), d.tier(), d.decisionNumber(), null);
		}
		long id = key.getKeyAs(Number.class).longValue();
		Recognition saved = find(id).orElseThrow();
		events.publishEvent(new AuditEvent("recognition", d.unitCode() + "/" + d.tier(), "create", null,
				d.decisionNumber() + " " + d.decisionDate(), provinceOf(d.unitCode(), d.decisionDate())));
		events.publishEvent(new RecognitionDecided(d.unitCode(), d.tier(), d.decisionNumber()));
		return saved;
	}

	@Override
	public Optional<Recognition> sameDecision(NewRecognition d) {
		return jdbc.sql("SELECT " + COLUMNS
				+ " FROM recognition_decision WHERE unit_code = :unit AND tier = :tier AND decision_number = :number")
			.param("unit", d.unitCode()).param("tier", d.tier().name()).param("number", d.decisionNumber())
			.query(JdbcRecognitions::map).optional();
	}

	private void insert(NewRecognition d, GeneratedKeyHolder key) {
		jdbc.sql("""
				INSERT INTO recognition_decision (unit_code, tier, decision_number, decision_date, issuer, set_code, note,
				    demo, recorded_by, recorded_at, version)
				VALUES (:unit, :tier, :number, :date, :issuer, :set, :note, :demo, :by, :at, 0)""")
			.param("unit", d.unitCode()).param("tier", d.tier().name()).param("number", d.decisionNumber())
			.param("date", d.decisionDate()).param("issuer", d.issuer()).param("set", d.setCode())
			.param("note", d.note()).param("demo", d.demo()).param("by", access.currentUsername())
			.param("at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
			.update(key, "id");
	}

	@Override
	@Transactional
	public Recognition revoke(long id, LocalDate revokedOn, String revocationNumber, String reason,
			long expectedVersion) {
		Recognition before = find(id).orElseThrow(() -> new IllegalArgumentException("unknown recognition " + id));
		int updated = jdbc.sql("""
				UPDATE recognition_decision SET revoked_on = :on, revocation_number = :number,
				    revocation_reason = :reason, version = version + 1
				WHERE id = :id AND version = :version""")
			.param("on", revokedOn).param("number", revocationNumber).param("reason", reason).param("id", id)
			.param("version", expectedVersion).update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("recognition " + id + " was changed by someone else");
		}
		events.publishEvent(new AuditEvent("recognition", before.unitCode() + "/" + before.tier(), "revoke",
				before.decisionNumber(), revocationNumber + " " + revokedOn,
				provinceOf(before.unitCode(), before.decisionDate())));
		events.publishEvent(new RecognitionRevoked(before.unitCode(), before.tier(), revocationNumber));
		return find(id).orElseThrow();
	}

	private String provinceOf(String unitCode, LocalDate on) {
		return geography.findLatest(unitCode, on).map(AdministrativeUnit::provinceCode).orElse(null);
	}

	@Override
	public List<Recognition> decisions(String unitCode) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM recognition_decision WHERE unit_code = :unit ORDER BY decision_date, id")
			.param("unit", unitCode).query(JdbcRecognitions::map).list();
	}

	@Override
	public Optional<Recognition> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM recognition_decision WHERE id = :id").param("id", id)
			.query(JdbcRecognitions::map).optional();
	}

	@Override
	public Optional<Tier> heldTier(String unitCode, LocalDate date) {
		return Optional.ofNullable(heldTiers(List.of(unitCode), date).get(unitCode));
	}

	@Override
	public Map<String, Tier> heldTiers(Collection<String> unitCodes, LocalDate date) {
		Map<String, Tier> held = new HashMap<>();
		if (unitCodes.isEmpty()) {
			return held;
		}
		List<String> codes = new ArrayList<>(unitCodes);
		for (int from = 0; from < codes.size(); from += 1000) {
			List<String> chunk = codes.subList(from, Math.min(codes.size(), from + 1000));
			jdbc.sql("""
					SELECT unit_code, tier FROM recognition_decision
					WHERE unit_code IN (:units) AND decision_date <= :date AND (revoked_on IS NULL OR revoked_on > :date)""")
				.param("units", chunk).param("date", date)
				.query((rs, n) -> Map.entry(rs.getString(1), Tier.valueOf(rs.getString(2))))
				.list()
				.forEach(e -> held.merge(e.getKey(), e.getValue(), (a, b) -> a.compareTo(b) >= 0 ? a : b));
		}
		return held;
	}

	private static Recognition map(ResultSet rs, int row) throws SQLException {
		return new Recognition(rs.getLong("id"), rs.getString("unit_code"), Tier.valueOf(rs.getString("tier")),
				rs.getString("decision_number"), rs.getObject("decision_date", LocalDate.class), rs.getString("issuer"),
				rs.getString("set_code"), rs.getString("note"), rs.getObject("revoked_on", LocalDate.class),
				rs.getString("revocation_number"), rs.getString("revocation_reason"), rs.getBoolean("demo"),
				rs.getLong("version"));
	}
}
