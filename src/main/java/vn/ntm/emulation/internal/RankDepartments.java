package vn.ntm.emulation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import vn.ntm.emulation.Emulation;
import vn.ntm.emulation.Scorecard;
import vn.ntm.emulation.Scorecard.Criterion;
import vn.ntm.emulation.Scorecard.UnitKind;
import vn.ntm.emulation.rules.Scoring;
import vn.ntm.emulation.rules.Scoring.Count;
import vn.ntm.identity.Directory;
import vn.ntm.identity.Grant;
import vn.ntm.identity.Role;
import vn.ntm.organization.Organization;
import vn.ntm.organization.OrganizationKind;
import vn.ntm.organization.Organizations;
import vn.ntm.reporting.ReportingRecords;
import vn.ntm.reporting.Timeliness;
import vn.ntm.tasks.Tasks;
import vn.ntm.tasks.Tasks.OwnerRecord;

/**
 * The departments' ranking: each department in force at the end of the year (today, during the year) scored by the
 * latest scorecard, from the reporting obligations and the tasks the current user may read.
 */
@Service
class RankDepartments implements Emulation {

	private final ScorecardFiles scorecards;
	private final Organizations organizations;
	private final ReportingRecords reporting;
	private final Tasks tasks;
	private final Directory directory;
	private final Clock clock;

	RankDepartments(ScorecardFiles scorecards, Organizations organizations, ReportingRecords reporting, Tasks tasks,
			Directory directory, Clock clock) {
		this.scorecards = scorecards;
		this.organizations = organizations;
		this.reporting = reporting;
		this.tasks = tasks;
		this.directory = directory;
		this.clock = clock;
	}

	@Override
	public Ranking ranking(String provinceCode, int year) {
		if (!readsRanking(provinceCode)) {
			throw new AccessDeniedException("the ranking is read by the coordination office and the leaders");
		}
		Scorecard card = scorecard(provinceCode, year);
		LocalDate asOf = asOf(year);
		List<UnitScore> scores = score(card, departments(provinceCode, asOf), year);
		List<Integer> ranks = Scoring.ranks(scores.stream().map(UnitScore::score).toList());
		List<UnitScore> ranked = new ArrayList<>();
		for (int i = 0; i < scores.size(); i++) {
			UnitScore s = scores.get(i);
			ranked.add(new UnitScore(s.organizationId(), s.code(), s.name(), s.score(), ranks.get(i), s.measures()));
		}
		ranked.sort(Comparator.comparing(UnitScore::rank, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(UnitScore::name));
		return new Ranking(provinceCode, year, asOf, card, ranked);
	}

	@Override
	public Optional<UnitScore> scorecard(String provinceCode, int year, long organizationId) {
		LocalDate asOf = asOf(year);
		if (!readsRanking(provinceCode)
				&& !directory.organizationsOfCurrentUser(provinceCode, asOf).contains(organizationId)) {
			throw new AccessDeniedException("a department reads its own scorecard");
		}
		if (readsRanking(provinceCode)) {
			return ranking(provinceCode, year).units().stream().filter(u -> u.organizationId() == organizationId)
				.findFirst();
		}
		return departments(provinceCode, asOf).stream().filter(o -> o.id() == organizationId).findFirst()
			.map(o -> score(scorecard(provinceCode, year), List.of(o), year).getFirst());
	}

	@Override
	public boolean readsRanking(String provinceCode) {
		for (Grant g : directory.currentGrants()) {
			if (g.role() == Role.SYSTEM_ADMIN || (g.role() == Role.COORDINATION_OFFICE || g.role() == Role.LEADER)
					&& provinceCode.equals(g.scope())) {
				return true;
			}
		}
		return false;
	}

	private Scorecard scorecard(String provinceCode, int year) {
		return scorecards.latest(provinceCode, year, UnitKind.DEPARTMENT)
			.orElseThrow(() -> new NoSuchElementException("no scorecard for " + provinceCode + " " + year));
	}

	private LocalDate asOf(int year) {
		LocalDate today = LocalDate.now(clock);
		LocalDate end = LocalDate.of(year, 12, 31);
		return today.isBefore(end) ? today : end;
	}

	private List<Organization> departments(String provinceCode, LocalDate asOf) {
		return organizations.all(provinceCode, asOf).stream().filter(o -> o.kind() == OrganizationKind.DEPARTMENT)
			.toList();
	}

	private List<UnitScore> score(Scorecard card, List<Organization> units, int year) {
		String province = card.provinceCode();
		Map<String, List<Timeliness>> reports = reporting.year(province, year).stream()
			.collect(Collectors.groupingBy(t -> t.obligation().reporterCode()));
		Map<Long, OwnerRecord> records = tasks.records(province, year).stream()
			.collect(Collectors.toMap(OwnerRecord::ownerOrgId, Function.identity()));
		List<UnitScore> scores = new ArrayList<>();
		for (Organization o : units) {
			List<Count> counts = card.criteria().stream()
				.map(c -> Measures.count(c.rule(), reports.getOrDefault(o.shortCode(), List.of()), records.get(o.id())))
				.toList();
			Scoring.Scored scored = Scoring.score(card.criteria().stream().map(Criterion::points).toList(), counts);
			List<MeasureScore> measures = new ArrayList<>();
			for (int i = 0; i < counts.size(); i++) {
				Criterion c = card.criteria().get(i);
				measures.add(new MeasureScore(c.code(), c.name(), c.rule(), c.points(), counts.get(i).achieved(),
						counts.get(i).of(), scored.earned().get(i), Measures.evidence(c.rule(), province, o, year)));
			}
			scores.add(new UnitScore(o.id(), o.shortCode(), o.name(), scored.score(), null, measures));
		}
		return scores;
	}
}
