package vn.ntm.planning.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import vn.ntm.assessment.Assessments;
import vn.ntm.assessment.UnitStatus;
import vn.ntm.criteria.IndicatorStatus;
import vn.ntm.criteria.Tier;
import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Geography;
import vn.ntm.geography.UnitLevel;
import vn.ntm.planning.GapAnalysis;
import vn.ntm.planning.Plan;
import vn.ntm.planning.PlanProgress;
import vn.ntm.planning.PlanTier;
import vn.ntm.planning.Target;
import vn.ntm.recognition.Recognitions;
import vn.ntm.shared.Period;

/** A plan's progress as of a period: each named target, counts per tier and district, aggregates and KPIs. */
@Service
class MeasureProgress {

	private final Geography geography;
	private final Assessments assessments;
	private final TargetTiers sets;
	private final Recognitions recognitions;
	private final Departments departments;
	private final KpiValueService kpiValues;

	MeasureProgress(Geography geography, Assessments assessments, TargetTiers sets, Recognitions recognitions,
			Departments departments, KpiValueService kpiValues) {
		this.geography = geography;
		this.assessments = assessments;
		this.sets = sets;
		this.recognitions = recognitions;
		this.departments = departments;
		this.kpiValues = kpiValues;
	}

	PlanProgress of(Plan plan, Period period) {
		LocalDate end = period.end();
		List<String> codes = plan.named().stream().map(Target.Named::unitCode).filter(c -> c != null).toList();
		Map<String, Tier> held = recognitions.heldTiers(codes, end);
		List<PlanProgress.NamedLine> named = new ArrayList<>();
		for (Target.Named t : plan.named()) {
			named.add(line(plan, t, period, held));
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

	private PlanProgress.NamedLine line(Plan plan, Target.Named t, Period period, Map<String, Tier> held) {
		LocalDate end = period.end();
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
		if (t.unitCode() == null || !t.tier().isCommuneTier()) {
			return new PlanProgress.NamedLine(t, districtName, committee, supporters, null, null, null, heldTier,
					recognised, t.unitCode() == null ? PlanProgress.CannotTell.UNMATCHED_UNIT
							: PlanProgress.CannotTell.NOT_MEASURED, List.of());
		}
		String set = sets.setFor(t.tier(), end, plan.provinceCode());
		if (t.tier().tier() != Tier.STANDARD && set == null) {
			return new PlanProgress.NamedLine(t, districtName, committee, supporters, null, null, null, heldTier,
					recognised, PlanProgress.CannotTell.NO_SET, List.of());
		}
		UnitStatus s = assessments.status(t.unitCode(), period, set);
		// a set that cannot be decided before its thresholds are entered is neither met nor not met
		boolean undecided = !s.allMet() && s.status() == IndicatorStatus.THRESHOLD_UNKNOWN;
		return new PlanProgress.NamedLine(t, districtName, committee, supporters, s.criteriaMet(), s.criteriaTotal(),
				undecided ? null : s.allMet(), heldTier, recognised,
				undecided ? PlanProgress.CannotTell.THRESHOLDS_NOT_ENTERED : null,
				undecided ? sets.names(s.thresholdsUnknownIn()) : List.of());
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
}
