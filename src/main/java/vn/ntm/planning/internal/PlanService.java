package vn.ntm.planning.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.assessment.Assessments;
import vn.ntm.assessment.UnitStatus;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.CriteriaSets;
import vn.ntm.criteria.IndicatorStatus;
import vn.ntm.criteria.SetLevel;
import vn.ntm.criteria.Tier;
import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Geography;
import vn.ntm.geography.UnitLevel;
import vn.ntm.identity.Access;
import vn.ntm.planning.GapAnalysis;
import vn.ntm.planning.Plan;
import vn.ntm.planning.PlanChanged;
import vn.ntm.planning.PlanDocument;
import vn.ntm.planning.PlanProgress;
import vn.ntm.planning.PlanTier;
import vn.ntm.planning.Plans;
import vn.ntm.planning.Target;
import vn.ntm.planning.TodoItem;
import vn.ntm.planning.UnitNameMatch;
import vn.ntm.recognition.Recognitions;
import vn.ntm.shared.AuditEvent;
import vn.ntm.shared.Period;

@Service
class PlanService implements Plans {

	/** Monthly periods in the trend window, the analysed one included. */
	static final int TREND_MONTHS = 6;

	private final PlanStore store;
	private final Geography geography;
	private final Assessments assessments;
	private final CriteriaSets criteriaSets;
	private final Recognitions recognitions;
	private final Departments departments;
	private final Access access;
	private final ApplicationEventPublisher events;
	private final KpiValueService kpiValues;

	PlanService(KpiValueService kpiValues, PlanStore store, Geography geography, Assessments assessments, CriteriaSets criteriaSets,
			Recognitions recognitions, Departments departments, Access access, ApplicationEventPublisher events) {
		this.kpiValues = kpiValues;
		this.store = store;
		this.geography = geography;
		this.assessments = assessments;
		this.criteriaSets = criteriaSets;
		this.recognitions = recognitions;
		this.departments = departments;
		this.access = access;
		this.events = events;
	}

	@Override
	public Optional<Plan> find(String provinceCode, int year) {
		return store.find(provinceCode, year);
	}

	@Override
	public Optional<Plan> find(long planId) {
		return store.find(planId);
	}

	@Override
	public List<Plan> all(String provinceCode) {
		return store.all(provinceCode);
	}

	private void requireManage(String provinceCode) {
		if (!access.canManage(provinceCode)) {
			throw new AccessDeniedException("only the province's coordination office manages plans");
		}
	}

	private Plan requirePlan(long planId) {
		Plan plan = store.find(planId).orElseThrow(() -> new IllegalArgumentException("no plan " + planId));
		requireManage(plan.provinceCode());
		return plan;
	}

	private Plan changed(Plan before, String action, String entity, String oldValue, String newValue) {
		Plan after = store.find(before.id()).orElse(before);
		events.publishEvent(new AuditEvent("plan", before.provinceCode() + "/" + before.year() + entity, action,
				oldValue, newValue, before.provinceCode()));
		events.publishEvent(new PlanChanged(before.id(), before.provinceCode(), before.year(), action));
		return after;
	}

	@Override
	@Transactional
	public Plan create(String provinceCode, int year, String title) {
		requireManage(provinceCode);
		long id = store.insert(provinceCode, year, title, false, null, null, access.currentUsername());
		Plan plan = store.find(id).orElseThrow();
		return changed(plan, "create", "", null, title);
	}

	@Override
	@Transactional
	public Plan update(long planId, String title, long expectedVersion) {
		Plan plan = requirePlan(planId);
		store.touch(planId, expectedVersion, access.currentUsername());
		store.updateHeader(planId, title, plan.source(), null);
		return changed(plan, "update", "", plan.title(), title);
	}

	@Override
	@Transactional
	public Plan addDocument(long planId, PlanDocument document, long expectedVersion) {
		Plan plan = requirePlan(planId);
		store.touch(planId, expectedVersion, access.currentUsername());
		store.insertDocument(planId, document);
		return changed(plan, "create", "/document", null, document.type() + " " + document.number());
	}

	@Override
	@Transactional
	public Plan removeDocument(long planId, long documentId, long expectedVersion) {
		Plan plan = requirePlan(planId);
		store.touch(planId, expectedVersion, access.currentUsername());
		store.deleteDocument(planId, documentId);
		return changed(plan, "delete", "/document/" + documentId, String.valueOf(documentId), null);
	}

	@Override
	@Transactional
	public Plan addTargets(long planId, List<Target> targets, long expectedVersion) {
		Plan plan = requirePlan(planId);
		store.touch(planId, expectedVersion, access.currentUsername());
		store.insertTargets(planId, targets);
		return changed(plan, "create", "/targets", null, describe(targets));
	}

	@Override
	@Transactional
	public Plan removeTarget(long planId, long targetId, long expectedVersion) {
		Plan plan = requirePlan(planId);
		store.touch(planId, expectedVersion, access.currentUsername());
		String old = plan.targets().stream().filter(t -> t.id() == targetId).findFirst()
			.map(t -> describe(List.of(t))).orElse(null);
		store.deleteTarget(planId, targetId);
		return changed(plan, "delete", "/target/" + targetId, old, null);
	}

	@Override
	@Transactional
	public void delete(long planId, long expectedVersion) {
		Plan plan = requirePlan(planId);
		store.touch(planId, expectedVersion, access.currentUsername());
		store.delete(planId);
		events.publishEvent(new AuditEvent("plan", plan.provinceCode() + "/" + plan.year(), "delete", plan.title(),
				null, plan.provinceCode()));
		events.publishEvent(new PlanChanged(plan.id(), plan.provinceCode(), plan.year(), "delete"));
	}

	static String describe(Collection<? extends Target> targets) {
		return targets.stream().map(t -> switch (t) {
			case Target.Named n -> n.tier() + ":" + (n.unitCode() == null ? "?" + n.sourceName() : n.unitCode());
			case Target.Aggregate a -> a.measure() + ":" + a.description();
			case Target.Kpi k -> "KPI:" + k.indicator() + k.bound().symbol() + k.targetValue();
		}).reduce((a, b) -> a + "; " + b).orElse("");
	}

	/** Replaces a reference plan's content when its file version is new; called by the reference loader. */
	@Transactional
	boolean loadReference(ReferencePlanFile.Loaded loaded) {
		Plan p = loaded.plan();
		Optional<PlanStore.Header> existing = store.header(p.provinceCode(), p.year());
		if (existing.isPresent() && existing.get().referenceVersion() != null
				&& existing.get().referenceVersion() >= loaded.fileVersion()) {
			return false;
		}
		long id;
		if (existing.isPresent()) {
			id = existing.get().id();
			store.touch(id, existing.get().version(), "reference-data");
			store.clearContent(id);
			store.updateHeader(id, p.title(), p.source(), loaded.fileVersion());
		}
		else {
			id = store.insert(p.provinceCode(), p.year(), p.title(), true, loaded.fileVersion(), p.source(),
					"reference-data");
		}
		for (PlanDocument d : p.documents()) {
			store.insertDocument(id, d);
		}
		LocalDate asOf = LocalDate.of(p.year(), 12, 31);
		List<Target> targets = p.targets().stream().map(t -> t instanceof Target.Named n && n.unitCode() != null
				&& geography.findLatest(n.unitCode(), asOf).isEmpty()
						? new Target.Named(0, n.tier(), null, null, n.sourceName(), null, n.deadline(),
								"Không khớp mã đơn vị " + n.unitCode())
						: t)
			.toList();
		store.insertTargets(id, targets);
		events.publishEvent(new AuditEvent("plan", p.provinceCode() + "/" + p.year(), "import", null,
				"reference v" + loaded.fileVersion(), p.provinceCode()));
		events.publishEvent(new PlanChanged(id, p.provinceCode(), p.year(), "import"));
		return true;
	}

	// --- gaps, progress ------------------------------------------------------------------------------------------

	private Optional<Target.Named> targetOf(String unitCode, String provinceCode, int year) {
		return store.find(provinceCode, year).flatMap(plan -> plan.named().stream()
			.filter(t -> unitCode.equals(t.unitCode()) && t.tier().isCommuneTier())
			.reduce((a, b) -> a.tier().ordinal() >= b.tier().ordinal() ? a : b));
	}

	/** The code of the commune set of a tier in force at {@code date}; null for the standard set (the default). */
	String setFor(PlanTier tier, LocalDate date, String provinceCode) {
		if (tier == null || tier.tier() == null || tier.tier() == Tier.STANDARD || !tier.isCommuneTier()) {
			return null;
		}
		return criteriaSets.inForce(SetLevel.COMMUNE, date, provinceCode).stream()
			.filter(s -> s.tier() == tier.tier()).map(CriteriaSet::code).findFirst().orElse(null);
	}

	@Override
	public GapAnalysis.Report gaps(String unitCode, Period period, String setCode) {
		AdministrativeUnit unit = geography.findLatest(unitCode, period.end())
			.orElseThrow(() -> new IllegalArgumentException("no unit " + unitCode));
		Optional<Target.Named> target = targetOf(unitCode, unit.provinceCode(), period.year());
		PlanTier tier = target.map(Target.Named::tier).orElse(PlanTier.COMMUNE_STANDARD);
		LocalDate deadline = target.map(Target.Named::deadline).orElse(LocalDate.of(period.year(), 12, 31));
		return analyse(unit, tier, deadline, period, setCode != null ? setCode
				: setFor(tier, period.end(), unit.provinceCode()));
	}

	private GapAnalysis.Report analyse(AdministrativeUnit unit, PlanTier tier, LocalDate deadline, Period period,
			String setCode) {
		UnitStatus current = assessments.status(unit.code(), period, setCode);
		List<UnitStatus> history = new ArrayList<>();
		Period month = Period.of(java.time.YearMonth.from(period.end()));
		List<Period> earlier = new ArrayList<>();
		Period p = period.kind() == Period.Kind.MONTH ? month.previous() : month;
		for (int i = 0; i < TREND_MONTHS - 1; i++) {
			earlier.addFirst(p);
			p = p.previous();
		}
		for (Period e : earlier) {
			history.add(assessments.status(unit.code(), e, setCode));
		}
		String set = current.setCode();
		Map<Integer, Optional<GapAnalysis.Responsible>> leads = new HashMap<>();
		return GapAnalysis.analyse(current, history, tier, deadline,
				n -> leads.computeIfAbsent(n, k -> departments.lead(set, k, unit.provinceCode())));
	}

	@Override
	public List<GapAnalysis.Report> gaps(Plan plan, Period period) {
		List<GapAnalysis.Report> reports = new ArrayList<>();
		for (Target.Named t : plan.named()) {
			if (t.unitCode() == null || !t.tier().isCommuneTier()) {
				continue;
			}
			Optional<AdministrativeUnit> unit = geography.findLatest(t.unitCode(), period.end());
			if (unit.isEmpty() || !access.canRead(unit.get())) {
				continue;
			}
			LocalDate deadline = t.deadline() != null ? t.deadline() : LocalDate.of(plan.year(), 12, 31);
			reports.add(analyse(unit.get(), t.tier(), deadline, period,
					setFor(t.tier(), period.end(), plan.provinceCode())));
		}
		return reports;
	}

	@Override
	public List<TodoItem> todo(long organizationId, Plan plan, Period period) {
		return TodoItem.of(plan, gaps(plan, period), organizationId);
	}

	@Override
	public PlanProgress progress(Plan plan, Period period) {
		LocalDate end = period.end();
		List<String> codes = plan.named().stream().map(Target.Named::unitCode).filter(c -> c != null).toList();
		Map<String, Tier> held = recognitions.heldTiers(codes, end);
		List<PlanProgress.NamedLine> named = new ArrayList<>();
		for (Target.Named t : plan.named()) {
			String districtName = t.districtCode() == null ? null
					: geography.findLatest(t.districtCode(), end).map(AdministrativeUnit::name).orElse(null);
			Tier heldTier = t.unitCode() == null ? null : held.get(t.unitCode());
			String committee = t.districtCode() == null ? null
					: departments.districtCommittee(plan.provinceCode(), t.districtCode())
						.map(GapAnalysis.Responsible::name).orElse(null);
			List<String> supporters = t.unitCode() == null ? List.of()
					: departments.supporters(plan.provinceCode(), t.unitCode(), plan.year());
			boolean recognised = heldTier != null && t.tier().tier() != null
					&& heldTier.ordinal() >= t.tier().tier().ordinal();
			if (t.unitCode() != null && t.tier().isCommuneTier()) {
				String set = setFor(t.tier(), end, plan.provinceCode());
				if (t.tier().tier() != Tier.STANDARD && set == null) {
					named.add(new PlanProgress.NamedLine(t, districtName, committee, supporters, null, null, null, heldTier,
							recognised, PlanProgress.CannotTell.NO_SET, List.of()));
					continue;
				}
				UnitStatus s = assessments.status(t.unitCode(), period, set);
				// a set that cannot be decided before its thresholds are entered is neither met nor not met
				boolean undecided = !s.allMet() && s.status() == IndicatorStatus.THRESHOLD_UNKNOWN;
				named.add(new PlanProgress.NamedLine(t, districtName, committee, supporters, s.criteriaMet(),
						s.criteriaTotal(), undecided ? null : s.allMet(), heldTier, recognised,
						undecided ? PlanProgress.CannotTell.THRESHOLDS_NOT_ENTERED : null,
						undecided ? setNames(s.thresholdsUnknownIn()) : List.of()));
			}
			else {
				named.add(new PlanProgress.NamedLine(t, districtName, committee, supporters, null, null, null, heldTier,
						recognised, t.unitCode() == null ? PlanProgress.CannotTell.UNMATCHED_UNIT
								: PlanProgress.CannotTell.NOT_MEASURED, List.of()));
			}
		}
		Map<PlanTier, int[]> byTier = new LinkedHashMap<>();
		Map<String, int[]> byDistrict = new LinkedHashMap<>();
		Map<String, String> districtNames = new HashMap<>();
		for (PlanProgress.NamedLine l : named) {
			int[] t = byTier.computeIfAbsent(l.target().tier(), k -> new int[4]);
			t[0]++;
			if (Boolean.TRUE.equals(l.met())) t[1]++;
			if (l.met() == null) t[3]++;
			if (l.recognised()) t[2]++;
			if (l.target().districtCode() != null) {
				int[] d = byDistrict.computeIfAbsent(l.target().districtCode(), k -> new int[3]);
				districtNames.put(l.target().districtCode(), l.districtName());
				d[0]++;
				if (Boolean.TRUE.equals(l.met())) d[1]++;
				if (l.recognised()) d[2]++;
			}
		}
		List<PlanProgress.TierLine> tiers = byTier.entrySet().stream()
			.map(e -> new PlanProgress.TierLine(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[3],
					e.getValue()[2]))
			.toList();
		List<PlanProgress.DistrictLine> districts = byDistrict.entrySet().stream()
			.map(e -> new PlanProgress.DistrictLine(e.getKey(), districtNames.get(e.getKey()), e.getValue()[0],
					e.getValue()[1], e.getValue()[2]))
			.toList();
		List<PlanProgress.AggregateLine> aggregates = plan.aggregates().stream().map(a -> aggregate(plan, a, end))
			.toList();
		List<PlanProgress.KpiLine> kpis = kpiValues.lines(plan, period);
		return new PlanProgress(plan.id(), plan.provinceCode(), plan.year(), period, tiers, districts, named,
				aggregates, kpis);
	}

	private List<String> setNames(List<String> codes) {
		return codes.stream().map(c -> criteriaSets.find(c).map(CriteriaSet::nameVi).orElse(c)).toList();
	}

	/** "n more units of a tier" counts the communes holding the tier at the end of the period but not on 1 January. */
	private PlanProgress.AggregateLine aggregate(Plan plan, Target.Aggregate a, LocalDate end) {
		if (a.measure() != Target.Measure.MORE_UNITS || a.tier() == null || !a.tier().isCommuneTier()
				|| a.count() == null) {
			return new PlanProgress.AggregateLine(a, null, null, null);
		}
		String scope = a.scopeUnitCode() == null ? plan.provinceCode() : a.scopeUnitCode();
		List<String> communes = geography.units(scope, UnitLevel.COMMUNE, end).stream()
			.filter(AdministrativeUnit::isRuralCommune).map(AdministrativeUnit::code).toList();
		Map<String, Tier> before = recognitions.heldTiers(communes, LocalDate.of(plan.year(), 1, 1).minusDays(1));
		Map<String, Tier> after = recognitions.heldTiers(communes, end);
		int wanted = a.tier().tier().ordinal();
		int achieved = 0;
		for (String c : communes) {
			boolean had = before.containsKey(c) && before.get(c).ordinal() >= wanted;
			boolean has = after.containsKey(c) && after.get(c).ordinal() >= wanted;
			if (has && !had) achieved++;
		}
		return new PlanProgress.AggregateLine(a, achieved, achieved + "/" + a.count(), achieved >= a.count());
	}

	@Override
	public List<UnitNameMatch> match(String text, LocalDate asOf, String provinceCode) {
		List<UnitNameMatch> result = new ArrayList<>();
		for (NameMatching.Name name : NameMatching.split(text)) {
			result.add(NameMatching.match(name, q -> geography.search(q, asOf, 10).stream()
				.filter(m -> provinceCode == null || provinceCode.equals(m.unit().provinceCode()))
				.filter(m -> access.canRead(m.unit()))
				.map(m -> new UnitNameMatch.Candidate(m.unit().code(), m.unit().name(), m.unit().parentCode(),
						m.unit().parentCode() == null ? null
								: geography.find(m.unit().parentCode(), asOf).map(AdministrativeUnit::name).orElse(null),
						m.score()))
				.toList()));
		}
		return result;
	}
}
