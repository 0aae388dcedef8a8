package vn.ntm.planning.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Geography;
import vn.ntm.geography.UnitLevel;
import vn.ntm.identity.Access;
import vn.ntm.identity.Directory;
import vn.ntm.identity.Grant;
import vn.ntm.identity.Role;
import vn.ntm.planning.EntryRejected;
import vn.ntm.planning.GapAnalysis;
import vn.ntm.planning.Sponsorship;
import vn.ntm.planning.SponsorshipConflict;
import vn.ntm.planning.Sponsorships;
import vn.ntm.shared.AuditEvent;
import vn.ntm.shared.Money;

@Service
class SponsorshipService implements Sponsorships {

	static final int FIRST_YEAR = 2000;
	static final int LAST_YEAR = 2100;
	static final int NOTE_LENGTH = 1000;

	private final SponsorshipStore store;
	private final Geography geography;
	private final Departments departments;
	private final Access access;
	private final Directory directory;
	private final ApplicationEventPublisher events;

	SponsorshipService(SponsorshipStore store, Geography geography, Departments departments, Access access,
			Directory directory, ApplicationEventPublisher events) {
		this.store = store;
		this.geography = geography;
		this.departments = departments;
		this.access = access;
		this.directory = directory;
		this.events = events;
	}

	private static LocalDate endOf(int year) {
		return LocalDate.of(year, 12, 31);
	}

	/**
	 * A sponsor sees its own sponsorships only, even in a unit another sponsor supports too; every other role sees
	 * the sponsorships of the units it may read.
	 */
	private Predicate<SponsorshipStore.Row> visible() {
		List<Grant> grants = directory.currentGrants();
		Set<Long> own = ownSponsors(grants);
		boolean unitScoped = grants.stream().anyMatch(g -> g.role() != Role.SPONSOR);
		Map<String, Boolean> readable = new HashMap<>();
		return r -> own.contains(r.sponsorId()) || unitScoped && readable.computeIfAbsent(r.unitCode() + "/" + r.year(),
				k -> geography.findLatest(r.unitCode(), endOf(r.year())).map(access::canRead).orElse(false));
	}

	private static Set<Long> ownSponsors(List<Grant> grants) {
		return grants.stream().filter(g -> g.role() == Role.SPONSOR).map(Grant::scope)
			.filter(s -> s.matches("\\d+")).map(Long::valueOf).collect(Collectors.toSet());
	}

	private boolean onlySponsor() {
		List<Grant> grants = directory.currentGrants();
		return !grants.isEmpty() && grants.stream().allMatch(g -> g.role() == Role.SPONSOR);
	}

	@Override
	public boolean canView(String provinceCode) {
		String path = "/" + provinceCode + "/";
		if (access.readablePaths().stream().anyMatch(p -> p.equals("/") || p.startsWith(path))) {
			return true;
		}
		Set<Long> own = ownSponsors(directory.currentGrants());
		return departments.sponsors(provinceCode).stream().anyMatch(s -> own.contains(s.organizationId()));
	}

	@Override
	public List<Sponsorship> list(String provinceCode, int year) {
		return store.list(provinceCode, year).stream().filter(visible()).map(this::sponsorship).toList();
	}

	@Override
	public Optional<Sponsorship> find(long id) {
		return store.find(id).filter(visible()).map(this::sponsorship);
	}

	@Override
	public List<Sponsor> sponsors(String provinceCode, int year) {
		Set<Long> own = ownSponsors(directory.currentGrants());
		boolean onlySponsor = onlySponsor();
		return departments.sponsorsAndSupporters(provinceCode, year).stream()
			.filter(s -> !onlySponsor || own.contains(s.organizationId()))
			.map(s -> new Sponsor(s.organizationId(), s.name(),
					departments.supportedUnits(s.organizationId(), year).stream().sorted().toList()))
			.toList();
	}

	@Override
	public List<UnitChoice> unitChoices(String provinceCode, int year) {
		LocalDate asOf = endOf(year);
		Map<String, List<String>> supporters = departments.supportersByUnit(provinceCode, year);
		Map<String, String> districts = geography.units(provinceCode, UnitLevel.DISTRICT, asOf).stream()
			.collect(Collectors.toMap(AdministrativeUnit::code, AdministrativeUnit::name, (a, b) -> a));
		Map<String, UnitChoice> choices = new LinkedHashMap<>();
		supporters.forEach((code, names) -> geography.findLatest(code, asOf)
			.filter(u -> provinceCode.equals(u.provinceCode()))
			.ifPresent(u -> choices.put(code, new UnitChoice(code, label(u, districts), List.copyOf(names)))));
		for (AdministrativeUnit u : geography.units(provinceCode, UnitLevel.COMMUNE, asOf)) {
			choices.putIfAbsent(u.code(), new UnitChoice(u.code(), label(u, districts), List.of()));
		}
		return List.copyOf(choices.values());
	}

	private static String label(AdministrativeUnit unit, Map<String, String> districts) {
		String district = unit.level() == UnitLevel.COMMUNE ? districts.get(unit.parentCode()) : null;
		return district == null ? unit.name() : unit.name() + " (" + district + ")";
	}

	@Override
	public List<YearTotals> totalsByYear(String provinceCode) {
		Map<Integer, List<Sponsorship>> byYear = new LinkedHashMap<>();
		store.list(provinceCode).stream().filter(visible()).map(this::sponsorship)
			.forEach(s -> byYear.computeIfAbsent(s.year(), k -> new ArrayList<>()).add(s));
		return byYear.entrySet().stream().map(e -> new YearTotals(e.getKey(), Totals.of(e.getValue()))).toList();
	}

	private void requireManage(String provinceCode) {
		if (!access.canManage(provinceCode)) {
			throw new AccessDeniedException("only the province's coordination office records sponsorships");
		}
	}

	/** What a valid input stands for. */
	private record Checked(long sponsorId, AdministrativeUnit unit, int year, BigDecimal committed,
			BigDecimal mobilised, String note) {
	}

	private Checked check(String provinceCode, Input in, long exceptId) {
		List<EntryRejected.Reason> reasons = new ArrayList<>();
		Integer year = in.year();
		if (year == null) {
			reasons.add(new EntryRejected.Reason("year", "required"));
		}
		else if (year < FIRST_YEAR || year > LAST_YEAR) {
			reasons.add(new EntryRejected.Reason("year", "year-range"));
			year = null;
		}
		if (in.sponsorId() == null) {
			reasons.add(new EntryRejected.Reason("sponsor", "required"));
		}
		else if (year != null && departments.sponsorsAndSupporters(provinceCode, year).stream()
			.noneMatch(s -> s.organizationId() == in.sponsorId())) {
			reasons.add(new EntryRejected.Reason("sponsor", "unknown-sponsor"));
		}
		AdministrativeUnit unit = null;
		String unitCode = in.unitCode() == null ? "" : in.unitCode().strip();
		if (unitCode.isEmpty()) {
			reasons.add(new EntryRejected.Reason("unit", "required"));
		}
		else if (year != null) {
			unit = geography.findLatest(unitCode, endOf(year)).filter(u -> provinceCode.equals(u.provinceCode()))
				.filter(u -> u.level() == UnitLevel.COMMUNE || in.sponsorId() != null
						&& departments.supportedUnits(in.sponsorId(), in.year()).contains(u.code()))
				.orElse(null);
			if (unit == null) {
				reasons.add(new EntryRejected.Reason("unit", "unit-not-allowed"));
			}
		}
		Money committed = Amounts.vnd(in.committed(), "committed", reasons);
		Money mobilised = Amounts.vnd(in.mobilised(), "mobilised", reasons);
		String note = in.note() == null || in.note().isBlank() ? null : in.note().strip();
		if (note != null && note.length() > NOTE_LENGTH) {
			reasons.add(new EntryRejected.Reason("note", "too-long"));
		}
		if (reasons.isEmpty() && store.exists(in.sponsorId(), unit.code(), year, exceptId)) {
			reasons.add(new EntryRejected.Reason("unit", "duplicate"));
		}
		if (!reasons.isEmpty()) {
			throw new EntryRejected(reasons);
		}
		return new Checked(in.sponsorId(), unit, year, committed.dong(), mobilised.dong(), note);
	}

	@Override
	@Transactional
	public Sponsorship record(String provinceCode, Input input) {
		requireManage(provinceCode);
		Checked c = check(provinceCode, input, -1);
		long id = store.insert(c.sponsorId(), provinceCode, c.unit().code(), c.year(), c.committed(), c.mobilised(),
				c.note(), false);
		Sponsorship saved = sponsorship(store.find(id).orElseThrow());
		audit(saved, "create", null, describe(saved));
		return saved;
	}

	@Override
	@Transactional
	public Sponsorship update(long id, Input input, long expectedVersion) {
		SponsorshipStore.Row before = store.find(id).orElseThrow(() -> new NoSuchElementException("no sponsorship " + id));
		requireManage(before.provinceCode());
		Checked c = check(before.provinceCode(), input, id);
		if (store.update(id, c.sponsorId(), c.unit().code(), c.year(), c.committed(), c.mobilised(), c.note(),
				expectedVersion) == 0) {
			throw new SponsorshipConflict(id, sponsorship(before));
		}
		Sponsorship after = sponsorship(store.find(id).orElseThrow());
		audit(after, "update", describe(sponsorship(before)), describe(after));
		return after;
	}

	@Override
	@Transactional
	public void delete(long id, long expectedVersion) {
		SponsorshipStore.Row before = store.find(id).orElseThrow(() -> new NoSuchElementException("no sponsorship " + id));
		requireManage(before.provinceCode());
		Sponsorship old = sponsorship(before);
		if (store.delete(id, expectedVersion) == 0) {
			throw new SponsorshipConflict(id, old);
		}
		audit(old, "delete", describe(old), null);
	}

	/** The demo data set's sponsorship, recorded without a user. */
	@Override
	@Transactional
	public boolean recordDemo(long sponsorId, String unitCode, int year, Money committed, Money mobilised,
			String note) {
		if (store.anyDemo()) {
			return false;
		}
		String province = geography.findLatest(unitCode, endOf(year)).map(AdministrativeUnit::provinceCode)
			.orElseThrow(() -> new IllegalArgumentException("no unit " + unitCode));
		store.insert(sponsorId, province, unitCode, year, committed.dong(), mobilised.dong(), note, true);
		events.publishEvent(new AuditEvent("sponsorship", province + "/" + year + "/" + sponsorId + "/" + unitCode,
				"create", null, committed.dong() + "/" + mobilised.dong(), province));
		return true;
	}

	private void audit(Sponsorship s, String action, String oldValue, String newValue) {
		events.publishEvent(new AuditEvent("sponsorship",
				s.provinceCode() + "/" + s.year() + "/" + s.sponsorId() + "/" + s.unitCode() + "#" + s.id(), action,
				oldValue, newValue, s.provinceCode()));
	}

	private static String describe(Sponsorship s) {
		return s.sponsorName() + " → " + s.unitName() + " " + s.year() + ": committed " + s.committedVnd()
				+ ", mobilised " + s.mobilisedVnd() + (s.note() == null ? "" : ", note " + s.note());
	}

	private Sponsorship sponsorship(SponsorshipStore.Row r) {
		return new Sponsorship(r.id(), r.sponsorId(),
				departments.find(r.sponsorId()).map(GapAnalysis.Responsible::name).orElse("#" + r.sponsorId()),
				r.provinceCode(), r.unitCode(),
				geography.findLatest(r.unitCode(), endOf(r.year())).map(AdministrativeUnit::name).orElse(r.unitCode()),
				r.year(), r.committed(), r.mobilised(), r.note(), r.demo(), r.version());
	}
}
