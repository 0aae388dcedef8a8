package vn.ntm.planning.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import vn.ntm.assessment.Assessments;
import vn.ntm.assessment.UnitStatus;
import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Geography;
import vn.ntm.identity.Access;
import vn.ntm.planning.GapAnalysis;
import vn.ntm.planning.Plan;
import vn.ntm.planning.PlanTier;
import vn.ntm.planning.Target;
import vn.ntm.shared.Period;
import vn.ntm.shared.platform.Messages;

/** The gaps of a target unit against the tier its plan sets, with the trend of the last months. */
@Service
class AnalyseGaps {

	/** Monthly periods in the trend window, the analysed one included. */
	static final int TREND_MONTHS = 6;

	private final Geography geography;
	private final Assessments assessments;
	private final TargetTiers tiers;
	private final Departments departments;
	private final Access access;
	private final Messages messages;

	AnalyseGaps(Geography geography, Assessments assessments, TargetTiers tiers, Departments departments,
			Access access, Messages messages) {
		this.geography = geography;
		this.assessments = assessments;
		this.tiers = tiers;
		this.departments = departments;
		this.access = access;
		this.messages = messages;
	}

	GapAnalysis.Report of(String unitCode, Period period, String setCode) {
		AdministrativeUnit unit = geography.findLatest(unitCode, period.end())
			.orElseThrow(() -> new IllegalArgumentException("no unit " + unitCode));
		Optional<Target.Named> target = tiers.targetOf(unitCode, unit.provinceCode(), period.year());
		PlanTier tier = target.map(Target.Named::tier).orElse(PlanTier.COMMUNE_STANDARD);
		LocalDate deadline = target.map(Target.Named::deadline).orElse(LocalDate.of(period.year(), 12, 31));
		return analyse(unit, tier, deadline, period, setCode != null ? setCode
				: tiers.setFor(tier, period.end(), unit.provinceCode()));
	}

	/** Gap reports of every matched named commune target of the plan the user reads. */
	List<GapAnalysis.Report> of(Plan plan, Period period) {
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
					tiers.setFor(t.tier(), period.end(), plan.provinceCode())));
		}
		return reports;
	}

	private GapAnalysis.Report analyse(AdministrativeUnit unit, PlanTier tier, LocalDate deadline, Period period,
			String setCode) {
		UnitStatus current = assessments.status(unit.code(), period, setCode);
		List<UnitStatus> history = new ArrayList<>();
		Period month = Period.of(YearMonth.from(period.end()));
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
				n -> leads.computeIfAbsent(n, k -> departments.lead(set, k, unit.provinceCode())), messages::get);
	}
}
