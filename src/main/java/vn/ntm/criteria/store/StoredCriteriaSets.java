package vn.ntm.criteria.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.CriteriaSetRejected;
import vn.ntm.criteria.CriteriaSetVersion;
import vn.ntm.criteria.CriteriaSetVersionAdded;
import vn.ntm.criteria.CriteriaSets;
import vn.ntm.criteria.SetLevel;
import vn.ntm.criteria.yaml.CriteriaSetReader;
import vn.ntm.criteria.yaml.ReadSet;
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

	private final CriteriaSetRows rows;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private volatile Snapshot snapshot;

	StoredCriteriaSets(CriteriaSetRows rows, ApplicationEventPublisher events, Clock clock) {
		this.rows = rows;
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
		NewVersionChecks.check(set, current().stream().map(Stored::set).toList());
		CriteriaSet stored = store(set, text, importedBy);
		events.publishEvent(new AuditEvent("criteria-set-version", stored.code() + "/" + stored.version(), "import",
				null, "province=" + stored.provinceCode() + ", document=" + set.documentNumber() + ", checksum="
						+ set.checksum(), stored.provinceCode()));
		events.publishEvent(new CriteriaSetVersionAdded(stored.code(), stored.version(), stored.provinceCode()));
		return stored;
	}

	/** True when a version of {@code code} was stored from a file with this checksum. */
	public boolean hasChecksum(String code, String checksum) {
		return rows.hasChecksum(code, checksum);
	}

	public boolean exists(String code) {
		return rows.exists(code);
	}

	/** Stores {@code read} as the next version of its code; the caller's transaction makes it all-or-nothing. */
	@Transactional
	public CriteriaSet store(ReadSet read, String sourceText, String importedBy) {
		CriteriaSet set = read.set();
		int version = rows.insert(read, sourceText, importedBy,
				OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
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
		long maxId = rows.maxId();
		if (s != null && s.maxId() == maxId) {
			snapshot = new Snapshot(s.versions(), maxId, now);
			return s.versions();
		}
		Snapshot loaded = new Snapshot(rows.load(), maxId, now);
		snapshot = loaded;
		return loaded.versions();
	}

}