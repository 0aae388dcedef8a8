package vn.ntm.geography.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.ntm.geography.CommuneGroups.CommuneGroup;

/**
 * The stored commune groups in memory, read on every evaluation of a commune. Reloaded after a write commits, and
 * when another instance wrote (the row count and latest write time, checked at most every {@link #RECHECK}).
 */
@Component
class CommuneGroupIndex {

	static final Duration RECHECK = Duration.ofSeconds(30);

	private final JdbcClient jdbc;
	private final Clock clock;
	private volatile Snapshot snapshot;

	CommuneGroupIndex(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	private record Snapshot(Map<String, List<CommuneGroup>> byUnit, String signature, Instant checkedAt) {
	}

	Optional<String> group(String unitCode, LocalDate date) {
		if (unitCode == null || date == null) {
			return Optional.empty();
		}
		return rows(unitCode.strip()).stream().filter(g -> g.validOn(date)).map(CommuneGroup::groupCode).findFirst();
	}

	List<CommuneGroup> rows(String unitCode) {
		return current().byUnit().getOrDefault(unitCode, List.of());
	}

	List<CommuneGroup> ofProvince(String provinceCode) {
		return current().byUnit().values().stream().flatMap(List::stream)
			.filter(g -> g.provinceCode().equals(provinceCode)).toList();
	}

	/** Drops the snapshot now and again when the current transaction ends, so the next read sees the write. */
	void invalidate() {
		snapshot = null;
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					snapshot = null;
				}
			});
		}
	}

	private Snapshot current() {
		Snapshot s = snapshot;
		Instant now = clock.instant();
		if (s != null && s.checkedAt().plus(RECHECK).isAfter(now)) {
			return s;
		}
		String signature = jdbc.sql("SELECT COUNT(*) || '/' || COALESCE(CAST(MAX(recorded_at) AS VARCHAR(40)), '') "
				+ "FROM geography_commune_group").query(String.class).single();
		if (s != null && s.signature().equals(signature)) {
			s = new Snapshot(s.byUnit(), signature, now);
			snapshot = s;
			return s;
		}
		Map<String, List<CommuneGroup>> byUnit = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT unit_code, group_code, valid_from, valid_to, document, province_code
				FROM geography_commune_group ORDER BY unit_code, valid_from""")
			.query((rs, n) -> new CommuneGroup(rs.getString(1), rs.getString(2),
					rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6)))
			.list().forEach(g -> byUnit.computeIfAbsent(g.unitCode(), k -> new ArrayList<>()).add(g));
		byUnit.replaceAll((k, v) -> List.copyOf(v));
		Snapshot loaded = new Snapshot(java.util.Collections.unmodifiableMap(byUnit), signature, now);
		snapshot = loaded;
		return loaded;
	}
}
