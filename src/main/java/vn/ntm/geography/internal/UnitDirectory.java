package vn.ntm.geography.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Geography;
import vn.ntm.geography.Region;
import vn.ntm.geography.UnitLevel;
import vn.ntm.geography.UnitLineage;
import vn.ntm.shared.AuditEvent;

/** {@link Geography} over the in-memory {@link UnitIndex}; profile changes go to the database first. */
@Service
class UnitDirectory implements Geography {

	static final double MINIMUM_SCORE = 0.5;

	private final UnitIndex index;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final CommuneGroupIndex groups;

	UnitDirectory(UnitIndex index, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
			CommuneGroupIndex groups) {
		this.groups = groups;
		this.index = index;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public Optional<AdministrativeUnit> find(String code, LocalDate asOf) {
		return rows(code).stream().filter(u -> u.validOn(asOf)).findFirst();
	}

	@Override
	public Optional<AdministrativeUnit> findLatest(String code, LocalDate asOf) {
		Optional<AdministrativeUnit> valid = find(code, asOf);
		if (valid.isPresent()) {
			return valid;
		}
		return rows(code).stream()
				.filter(u -> u.validTo() != null && u.validTo().isBefore(asOf))
				.max(Comparator.comparing(AdministrativeUnit::validTo));
	}

	@Override
	public List<AdministrativeUnit> versions(String code) {
		return rows(code).stream()
				.sorted(Comparator.comparing(AdministrativeUnit::validFrom, Comparator.nullsFirst(Comparator.naturalOrder())))
				.toList();
	}

	@Override
	public List<AdministrativeUnit> units(String parentCode, UnitLevel level, LocalDate asOf) {
		String prefix = "/";
		if (parentCode != null) {
			Optional<AdministrativeUnit> parent = find(parentCode, asOf);
			if (parent.isEmpty()) {
				return List.of();
			}
			prefix = parent.get().path();
		}
		String under = prefix;
		return index.current().units().stream()
				.filter(u -> u.path().startsWith(under) && !u.path().equals(under))
				.filter(u -> level == null || u.level() == level)
				.filter(u -> u.validOn(asOf))
				.toList();
	}

	@Override
	public List<AdministrativeUnit> children(String parentCode, LocalDate asOf) {
		return find(parentCode, asOf).map(parent -> index.current().units().stream()
				.filter(u -> parentCode.equals(u.parentCode()) && u.path().startsWith(parent.path()))
				.filter(u -> u.validOn(asOf))
				.toList()).orElse(List.of());
	}

	@Override
	public List<UnitMatch> search(String text, LocalDate asOf, int limit) {
		NameMatcher.Query query = NameMatcher.parse(text);
		if (query.isBlank() || limit <= 0) {
			return List.of();
		}
		List<UnitMatch> matches = new ArrayList<>();
		for (AdministrativeUnit unit : index.current().units()) {
			if (!unit.validOn(asOf)) {
				continue;
			}
			List<String> ancestors = query.hintKey() == null ? List.of() : ancestorNames(unit, asOf);
			double score = NameMatcher.score(query, unit.name(), unit.type(), ancestors);
			if (score >= MINIMUM_SCORE) {
				matches.add(new UnitMatch(unit, score));
			}
		}
		matches.sort(Comparator.comparingDouble(UnitMatch::score).reversed()
				.thenComparing(m -> m.unit().level())
				.thenComparing(m -> m.unit().code()));
		return List.copyOf(matches.subList(0, Math.min(limit, matches.size())));
	}

	private List<String> ancestorNames(AdministrativeUnit unit, LocalDate asOf) {
		List<String> names = new ArrayList<>();
		for (String code : unit.path().split("/")) {
			if (!code.isEmpty() && !code.equals(unit.code())) {
				findLatest(code, asOf).ifPresent(a -> names.add(a.name()));
			}
		}
		return names;
	}

	@Override
	public Optional<String> communeGroup(String unitCode, LocalDate date) {
		return groups.group(unitCode, date);
	}

	@Override
	public List<UnitLineage> successors(String code) {
		return index.current().successors().getOrDefault(code, List.of());
	}

	@Override
	public List<UnitLineage> predecessors(String code) {
		return index.current().predecessors().getOrDefault(code, List.of());
	}

	@Override
	public Optional<UnitProfile> profile(String code, LocalDate validFrom) {
		return jdbc.sql("""
				SELECT code, valid_from, region_override, especially_difficult, version
				FROM geography_unit WHERE code = ? AND valid_from = ?""")
				.params(code, validFrom == null ? UnitIndex.BEFORE_RECORDS : validFrom)
				.query((rs, n) -> new UnitProfile(rs.getString(1), validFrom,
						rs.getString(3) == null ? null : Region.valueOf(rs.getString(3)), rs.getBoolean(4),
						rs.getLong(5)))
				.optional();
	}

	@Override
	@Transactional
	public UnitProfile updateProfile(String code, LocalDate validFrom, Region regionOverride,
			boolean especiallyDifficult, long expectedVersion) {
		UnitProfile before = profile(code, validFrom)
				.orElseThrow(() -> new EmptyResultDataAccessException("no unit " + code + " from " + validFrom, 1));
		int updated = jdbc.sql("""
				UPDATE geography_unit SET region_override = ?, especially_difficult = ?, version = version + 1
				WHERE code = ? AND valid_from = ? AND version = ?""")
				.params(regionOverride == null ? null : regionOverride.name(), especiallyDifficult, code,
						validFrom == null ? UnitIndex.BEFORE_RECORDS : validFrom, expectedVersion)
				.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("unit " + code + " from " + validFrom
					+ " was changed meanwhile: expected version " + expectedVersion + ", found " + before.version());
		}
		jdbc.sql("UPDATE geography_revision SET revision = revision + 1 WHERE id = 1").update();
		UnitProfile after = new UnitProfile(code, validFrom, regionOverride, especiallyDifficult, expectedVersion + 1);
		events.publishEvent(new AuditEvent("administrative-unit", code + "/" + (validFrom == null ? "" : validFrom),
				"update", describe(before), describe(after),
				findLatest(code, validFrom == null ? LocalDate.now(clock) : validFrom).map(AdministrativeUnit::provinceCode)
					.orElse(null)));
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					index.invalidate();
				}
			});
		}
		else {
			index.invalidate();
		}
		return after;
	}

	private static String describe(UnitProfile p) {
		return "{\"regionOverride\":%s,\"especiallyDifficult\":%s}".formatted(
				p.regionOverride() == null ? "null" : "\"" + p.regionOverride() + "\"", p.especiallyDifficult());
	}

	private List<AdministrativeUnit> rows(String code) {
		return code == null ? List.of() : index.current().byCode().getOrDefault(code.strip(), List.of());
	}
}
