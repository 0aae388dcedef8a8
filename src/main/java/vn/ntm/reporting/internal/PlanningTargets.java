package vn.ntm.reporting.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Geography;
import vn.ntm.criteria.SetLevel;
import vn.ntm.planning.GapAnalysis;
import vn.ntm.planning.Plan;
import vn.ntm.planning.PlanProgress;
import vn.ntm.planning.PlanTier;
import vn.ntm.planning.Plans;
import vn.ntm.planning.Target;
import vn.ntm.reporting.ConsolidatedFigures.TargetLine;
import vn.ntm.shared.Period;
import vn.ntm.shared.platform.Messages;

/**
 * The year's plan of the province as target lines per tier: how many named target units the plan sets and how many
 * meet their tier's criteria as of the month; for a district, only the targets it answers for. The lines are labelled
 * in Vietnamese: they are frozen into the reports and the consolidated report's documents.
 */
@Component
class PlanningTargets implements PlanTargets {

	private final Plans plans;
	private final Geography geography;
	private final Messages messages;

	PlanningTargets(Plans plans, Geography geography, Messages messages) {
		this.plans = plans;
		this.geography = geography;
		this.messages = messages;
	}

	@Override
	public List<TargetLine> progress(String unitCode, YearMonth month) {
		String province = geography.findLatest(unitCode, month.atEndOfMonth())
			.map(AdministrativeUnit::provinceCode)
			.orElse(unitCode);
		Optional<Plan> plan = plans.find(province, month.getYear());
		if (plan.isEmpty()) {
			return List.of();
		}
		Period period = Period.of(month);
		List<TargetLine> lines = new ArrayList<>();
		if (unitCode.equals(province)) {
			for (PlanProgress.TierLine t : plans.progress(plan.get(), period).tiers()) {
				if (t.targets() > 0) {
					lines.add(new TargetLine(label(t.tier(), month.getYear()), t.targets(), t.met()));
				}
			}
			return lines;
		}
		// a district officer may read only its own communes, so its targets are analysed one by one
		Map<PlanTier, int[]> byTier = new EnumMap<>(PlanTier.class);
		for (Target.Named target : plan.get().named()) {
			if (!unitCode.equals(target.districtCode()) || target.unitCode() == null
					|| target.tier().level() != SetLevel.COMMUNE) {
				continue;
			}
			int[] count = byTier.computeIfAbsent(target.tier(), t -> new int[2]);
			count[0]++;
			GapAnalysis.Report gaps = plans.gaps(target.unitCode(), period, null);
			if (gaps.criteriaTotal() > 0 && gaps.criteriaMet() == gaps.criteriaTotal()) {
				count[1]++;
			}
		}
		byTier.forEach((tier, count) -> lines.add(new TargetLine(label(tier, month.getYear()), count[0], count[1])));
		return lines;
	}

	private String label(PlanTier tier, int year) {
		return messages.vietnamese("reporting.target.line", messages.vietnamese("reporting.target." + tier.name()),
				String.valueOf(year));
	}

}
