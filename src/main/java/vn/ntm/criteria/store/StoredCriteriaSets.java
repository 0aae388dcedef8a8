package vn.ntm.criteria.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.ntm.criteria.Comparison;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.CriteriaSetRejected;
import vn.ntm.criteria.CriteriaSetVersion;
import vn.ntm.criteria.CriteriaSetVersionAdded;
import vn.ntm.criteria.CriteriaSets;
import vn.ntm.criteria.Criterion;
import vn.ntm.criteria.Indicator;
import vn.ntm.criteria.LegalBasis;
import vn.ntm.criteria.SetLevel;
import vn.ntm.criteria.Threshold;
import vn.ntm.criteria.Tier;
import vn.ntm.criteria.ValueType;
import vn.ntm.criteria.yaml.CriteriaSetReader;
import vn.ntm.criteria.yaml.ReadSet;
import vn.ntm.geography.Region;
import vn.ntm.shared.AuditEvent;
import vn.ntm.shared.Message;

/**
 * The criteria sets stored in the database, assembled once and kept in memory until a version is added. Another
 * instance may add a version too: the cache checks the newest version id at most every {@link #RECHECK} and reloads
 * when it changed.
 */
@Service
public class StoredCriteriaSets implements CriteriaSets {

	static final Duration RECHECK = Duration.ofSeconds(30);
	private static final int MAX_BYTES = 4 * 1024 * 1024;
	private static final String PROBLEM = "criteria.problem.";

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private volatile Snapshot snapshot;

	public StoredCriteriaSets(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	record Stored(CriteriaSet set, CriteriaSetVersion info) {
	}

	private record Snapshot(List<Stored> versions, long maxId, Instant checkedAt) {
	}

	@Override
	public List<CriteriaSet> all() {
		Map<String, Stored> latest = new LinkedHashMap<>();
		for (Stored s : current()) {
			latest.merge(s.set().code() + "|" + s.set().provinceCode(), s,
					(a, b) -> a.set().version() >= b.set().version() ? a : b);
		}
		return latest.values().stream().map(Stored::set)
			.sorted(Comparator.comparing(CriteriaSet::code)
				.thenComparing(CriteriaSet::provinceCode, Comparator.nullsFirst(Comparator.naturalOrder())))
			.toList();
	}

	@Override
	public Optional<CriteriaSet> find(String code) {
		return latest(code, null);
	}

	@Override
	public Optional<CriteriaSet> find(String code, int version) {
		return current().stream().map(Stored::set).filter(s -> s.code().equals(code) && s.version() == version)
			.findFirst();
	}

	@Override
	public List<CriteriaSetVersion> versions(String code) {
		return current().stream().map(Stored::info).filter(i -> i.code().equals(code))
			.sorted(Comparator.comparingInt(CriteriaSetVersion::version)).toList();
	}

	/** The latest version of {@code code} that is {@code provinceCode}'s own (null: the latest national version). */
	public Optional<CriteriaSet> latest(String code, String provinceCode) {
		return current().stream().map(Stored::set)
			.filter(s -> s.code().equals(code) && Objects.equals(s.provinceCode(), provinceCode))
			.max(Comparator.comparingInt(CriteriaSet::version));
	}

	@Override
	public Optional<CriteriaSet> inForce(String code, LocalDate date, String provinceCode) {
		List<CriteriaSet> valid = current().stream().map(Stored::set)
			.filter(s -> s.code().equals(code) && s.validOn(date)).toList();
		Comparator<CriteriaSet> byVersion = Comparator.comparingInt(CriteriaSet::version);
		if (provinceCode != null) {
			Optional<CriteriaSet> own = valid.stream().filter(s -> provinceCode.equals(s.provinceCode())).max(byVersion);
			if (own.isPresent()) {
				return own;
			}
		}
		return valid.stream().filter(s -> s.provinceCode() == null).max(byVersion);
	}

	@Override
	public List<CriteriaSet> inForce(SetLevel level, LocalDate date, String provinceCode) {
		return current().stream().map(Stored::set).filter(s -> s.level() == level).map(CriteriaSet::code).distinct()
			.map(code -> inForce(code, date, provinceCode)).flatMap(Optional::stream)
			.sorted(Comparator.comparing(CriteriaSet::tier).thenComparing(CriteriaSet::code)).toList();
	}

	public Optional<CriteriaSetVersion> info(String code, int version) {
		return versions(code).stream().filter(v -> v.version() == version).findFirst();
	}

	@Override
	@Transactional
	public CriteriaSet importYaml(InputStream yaml, String importedBy) {
		String text;
		try {
			byte[] bytes = yaml.readNBytes(MAX_BYTES + 1);
			if (bytes.length > MAX_BYTES) {
				throw new CriteriaSetRejected(List.of(Message.of(PROBLEM + "tooLarge")));
			}
			text = new String(bytes, StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		List<ReadSet> read = CriteriaSetReader.read(text);
		if (read.size() != 1) {
			throw new CriteriaSetRejected(
					List.of(Message.of(PROBLEM + "oneSetOnly", "sets", String.valueOf(read.size()))));
		}
		ReadSet set = read.get(0);
		checkAgainstStored(set);
		CriteriaSet stored = store(set, text, importedBy);
		events.publishEvent(new AuditEvent("criteria-set-version", stored.code() + "/" + stored.version(), "import",
				null, "province=" + stored.provinceCode() + ", document=" + set.documentNumber() + ", checksum="
						+ set.checksum(), stored.provinceCode()));
		events.publishEvent(new CriteriaSetVersionAdded(stored.code(), stored.version(), stored.provinceCode()));
		return stored;
	}

	private void checkAgainstStored(ReadSet read) {
		CriteriaSet set = read.set();
		List<Message> problems = new ArrayList<>();
		Optional<CriteriaSet> national = latest(set.code(), null);
		if (read.versionOf() != null && current().stream().noneMatch(s -> s.set().code().equals(read.versionOf()))) {
			problems.add(Message.of(PROBLEM + "noSuchSet", "version_of", read.versionOf()));
		}
		if (set.provinceCode() != null && national.isEmpty()) {
			problems.add(Message.of(PROBLEM + "noNationalSet", "province", set.code()));
		}
		national.ifPresent(n -> {
			if (n.level() != set.level()) {
				problems.add(Message.of(PROBLEM + "sameAsBefore", "level", n.level().name().toLowerCase(), set.code()));
			}
			if (n.tier() != set.tier()) {
				problems.add(Message.of(PROBLEM + "sameAsBefore", "tier", n.tier().name().toLowerCase(), set.code()));
			}
		});
		if (set.provinceCode() != null) {
			// a province's version replaces the national one for its communes: a missing criterion would count as met
			national.ifPresent(n -> n.criteria().forEach(c -> {
				if (set.criteria().stream().noneMatch(own -> own.number() == c.number())) {
					problems.add(Message.of(PROBLEM + "missingNationalCriterion", "criteria", String.valueOf(c.number()),
							c.nameVi()));
				}
				c.indicators().stream().filter(i -> set.indicator(i.code()).isEmpty())
					.forEach(i -> problems.add(Message.of(PROBLEM + "missingNationalIndicator", "criteria", i.code())));
			}));
		}
		if (set.requiresSetCode() != null
				&& current().stream().noneMatch(s -> s.set().code().equals(set.requiresSetCode()))) {
			problems.add(Message.of(PROBLEM + "noSuchSet", "requires", set.requiresSetCode()));
		}
		if (!problems.isEmpty()) {
			throw new CriteriaSetRejected(problems);
		}
	}

	/** True when a version of {@code code} was stored from a file with this checksum. */
	public boolean hasChecksum(String code, String checksum) {
		return jdbc.sql("SELECT COUNT(*) FROM criteria_set_version WHERE code = ? AND checksum = ?")
			.params(code, checksum).query(Long.class).single() > 0;
	}

	public boolean exists(String code) {
		return jdbc.sql("SELECT COUNT(*) FROM criteria_set_version WHERE code = ?").param(code)
			.query(Long.class).single() > 0;
	}

	/** Stores {@code read} as the next version of its code; the caller's transaction makes it all-or-nothing. */
	@Transactional
	public CriteriaSet store(ReadSet read, String sourceText, String importedBy) {
		CriteriaSet set = read.set();
		int version = jdbc.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM criteria_set_version WHERE code = ?")
			.param(set.code()).query(Integer.class).single();
		LegalBasis legal = set.legalBasis();
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO criteria_set_version (code, version, province_code, name_vi, name_en, set_level, tier,
				  valid_from, valid_to, requires_code, legal_document, legal_date, legal_annex, legal_source,
				  document_number, document_date, demo, source_text, checksum, imported_by, imported_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(set.code(), version, set.provinceCode(), set.nameVi(), set.nameEn(), set.level().name(),
					set.tier().name(), set.validFrom(), set.validTo(), set.requiresSetCode(),
					legal == null ? null : legal.document(), legal == null ? null : legal.date(),
					legal == null ? null : legal.annex(), legal == null ? null : legal.source(), read.documentNumber(),
					read.documentDate(), read.demo(), sourceText, read.checksum(), importedBy,
					OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
			.update(key, "id");
		long setId = key.getKey().longValue();
		int cp = 0;
		for (Criterion c : set.criteria()) {
			KeyHolder ck = new GeneratedKeyHolder();
			jdbc.sql("INSERT INTO criteria_criterion (set_version_id, position, number, group_code, name_vi, name_en) "
					+ "VALUES (?, ?, ?, ?, ?, ?)")
				.params(setId, cp++, c.number(), c.group(), c.nameVi(), c.nameEn()).update(ck, "id");
			long criterionId = ck.getKey().longValue();
			int ip = 0;
			for (Indicator i : c.indicators()) {
				KeyHolder ik = new GeneratedKeyHolder();
				jdbc.sql("""
						INSERT INTO criteria_indicator (criterion_id, position, code, name_vi, name_en, unit, value_type,
						  comparison, choices, unverified, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
					.params(criterionId, ip++, i.code(), i.nameVi(), i.nameEn(), i.unit(), i.valueType().name(),
							i.comparison().name(), i.choices().isEmpty() ? null : String.join("\n", i.choices()),
							i.unverified(), i.note())
					.update(ik, "id");
				long indicatorId = ik.getKey().longValue();
				int tp = 0;
				for (Threshold t : i.thresholds()) {
					jdbc.sql("""
							INSERT INTO criteria_threshold (indicator_id, position, region, for_year, province_code,
							  value_text, source, verified, demo, relative_set_code, relative_indicator_code,
							  relative_factor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
						.params(indicatorId, tp++, t.region() == null ? null : t.region().name(), t.year(),
								t.provinceCode(), t.value(), t.source(), t.verified(), t.demo(),
								t.relativeTo() == null ? null : t.relativeTo().setCode(),
								t.relativeTo() == null ? null : t.relativeTo().indicatorCode(),
								t.relativeTo() == null ? null : t.relativeTo().factor())
						.update();
				}
			}
		}
		invalidateAfterCommit();
		return new CriteriaSet(set.code(), version, set.nameVi(), set.nameEn(), set.level(), set.tier(), set.validFrom(),
				set.validTo(), set.legalBasis(), set.requiresSetCode(), set.provinceCode(), set.criteria());
	}

	private void invalidateAfterCommit() {
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

	private List<Stored> current() {
		Snapshot s = snapshot;
		Instant now = clock.instant();
		if (s != null && s.checkedAt().plus(RECHECK).isAfter(now)) {
			return s.versions();
		}
		long maxId = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM criteria_set_version").query(Long.class).single();
		if (s != null && s.maxId() == maxId) {
			snapshot = new Snapshot(s.versions(), maxId, now);
			return s.versions();
		}
		Snapshot loaded = new Snapshot(load(), maxId, now);
		snapshot = loaded;
		return loaded.versions();
	}

	private record Row<T>(long parentId, long id, T value) {
	}

	private List<Stored> load() {
		Map<Long, List<Threshold>> thresholds = jdbc.sql("""
				SELECT indicator_id, id, region, for_year, province_code, value_text, source, verified, demo,
				  relative_set_code, relative_indicator_code, relative_factor
				FROM criteria_threshold ORDER BY indicator_id, position""")
			.query((rs, n) -> new Row<>(rs.getLong(1), rs.getLong(2),
					new Threshold(rs.getString(3) == null ? null : Region.valueOf(rs.getString(3)),
							(Integer) rs.getObject(4, Integer.class), rs.getString(5), rs.getString(6), rs.getString(7),
							rs.getBoolean(8), rs.getBoolean(9), rs.getString(10) == null ? null
									: new Threshold.Relative(rs.getString(10), rs.getString(11),
											rs.getBigDecimal(12).stripTrailingZeros()))))
			.list().stream().collect(Collectors.groupingBy(Row::parentId, LinkedHashMap::new,
					Collectors.mapping(Row::value, Collectors.toList())));
		Map<Long, List<Indicator>> indicators = jdbc.sql("""
				SELECT criterion_id, id, code, name_vi, name_en, unit, value_type, comparison, choices, unverified, note
				FROM criteria_indicator ORDER BY criterion_id, position""")
			.query((rs, n) -> {
				long id = rs.getLong(2);
				String choices = rs.getString(9);
				return new Row<>(rs.getLong(1), id, new Indicator(rs.getString(3), rs.getString(4), rs.getString(5),
						rs.getString(6), ValueType.valueOf(rs.getString(7)), Comparison.valueOf(rs.getString(8)),
						choices == null ? List.of() : Arrays.asList(choices.split("\n")),
						thresholds.getOrDefault(id, List.of()), rs.getBoolean(10), rs.getString(11)));
			})
			.list().stream().collect(Collectors.groupingBy(Row::parentId, LinkedHashMap::new,
					Collectors.mapping(Row::value, Collectors.toList())));
		Map<Long, List<Criterion>> criteria = jdbc.sql("""
				SELECT set_version_id, id, number, group_code, name_vi, name_en
				FROM criteria_criterion ORDER BY set_version_id, position""")
			.query((rs, n) -> new Row<>(rs.getLong(1), rs.getLong(2), new Criterion(rs.getInt(3), rs.getString(4),
					rs.getString(5), rs.getString(6), indicators.getOrDefault(rs.getLong(2), List.of()))))
			.list().stream().collect(Collectors.groupingBy(Row::parentId, LinkedHashMap::new,
					Collectors.mapping(Row::value, Collectors.toList())));
		return jdbc.sql("""
				SELECT id, code, version, province_code, name_vi, name_en, set_level, tier, valid_from, valid_to,
				  requires_code, legal_document, legal_date, legal_annex, legal_source, document_number, document_date,
				  demo, checksum, imported_by, imported_at
				FROM criteria_set_version ORDER BY code, version""")
			.query((rs, n) -> stored(rs, criteria.getOrDefault(rs.getLong("id"), List.of()))).list();
	}

	private static Stored stored(ResultSet rs, List<Criterion> criteria) throws SQLException {
		LegalBasis legal = rs.getString("legal_document") == null && rs.getDate("legal_date") == null ? null
				: new LegalBasis(rs.getString("legal_document"), localDate(rs, "legal_date"), rs.getString("legal_annex"),
						rs.getString("legal_source"));
		CriteriaSet set = new CriteriaSet(rs.getString("code"), rs.getInt("version"), rs.getString("name_vi"),
				rs.getString("name_en"), SetLevel.valueOf(rs.getString("set_level")), Tier.valueOf(rs.getString("tier")),
				localDate(rs, "valid_from"), localDate(rs, "valid_to"), legal, rs.getString("requires_code"),
				rs.getString("province_code"), criteria);
		Timestamp at = rs.getTimestamp("imported_at");
		CriteriaSetVersion info = new CriteriaSetVersion(set.code(), set.version(), set.provinceCode(),
				rs.getString("document_number"), localDate(rs, "document_date"), rs.getBoolean("demo"),
				rs.getString("imported_by"), at == null ? null : at.toInstant(), rs.getString("checksum"));
		return new Stored(set, info);
	}

	private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}
}
