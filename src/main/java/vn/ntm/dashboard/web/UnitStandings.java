package vn.ntm.dashboard.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.ntm.assessment.Assessments;
import vn.ntm.shared.Period;
import vn.ntm.assessment.UnitStatus;
import vn.ntm.criteria.Tier;
import vn.ntm.dashboard.DashboardProperties;
import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Geography;
import vn.ntm.geography.UnitLineage;
import vn.ntm.recognition.Recognition;
import vn.ntm.recognition.Recognitions;

/**
 * A unit's standing over time for its page: its recognition decisions, and across a reorganisation (the 2025 merger
 * of communes) the units it was formed from, with their last status and the tier they held the day before, or the
 * units it went into.
 */
@Component
class UnitStandings {

	private final Geography geography;
	private final Assessments assessments;
	private final Recognitions recognitions;
	private final DashboardProperties properties;

	UnitStandings(Geography geography, Assessments assessments, Recognitions recognitions,
			DashboardProperties properties) {
		this.geography = geography;
		this.assessments = assessments;
		this.recognitions = recognitions;
		this.properties = properties;
	}

	/**
	 * One unit the commune was formed from.
	 *
	 * @param lastPeriod   the last period with a status before the merge, or null when none was recorded
	 * @param heldTier     the tier the unit held the day before the merge, or null
	 */
	public record Predecessor(String code, String name, String kind, LocalDate mergedOn, Period lastPeriod,
			Integer criteriaMet, Integer criteriaTotal, Tier heldTier) {
	}

	/** A unit the old one went into. */
	public record Successor(String code, String name, String kind, LocalDate effectiveOn) {
	}

	/**
	 * @param recognised how many predecessors held a tier the day before the merge
	 * @param rule       the province's rule for the new commune's standing, or null while the province has entered
	 *                   none ("to confirm")
	 */
	public record Lineage(List<Predecessor> predecessors, List<Successor> successors, long recognised,
			DashboardProperties.StandingRule rule) {

		public boolean isEmpty() {
			return predecessors.isEmpty() && successors.isEmpty();
		}
	}

	List<Recognition> decisions(String unitCode) {
		return recognitions.decisions(unitCode);
	}

	Lineage lineage(AdministrativeUnit unit) {
		List<Predecessor> predecessors = new ArrayList<>();
		for (UnitLineage link : geography.predecessors(unit.code())) {
			if (link.oldCode().equals(link.newCode()) && unit.validOn(link.effectiveOn().minusDays(1))) {
				continue; // the same unit kept its code without a change on that day
			}
			predecessors.add(predecessor(link));
		}
		predecessors.sort(Comparator.comparing(Predecessor::code));
		List<Successor> successors = geography.successors(unit.code()).stream()
			.filter(l -> !l.newCode().equals(unit.code()) || !unit.validOn(l.effectiveOn()))
			.filter(l -> unit.validTo() != null && !l.effectiveOn().isAfter(unit.validTo().plusDays(1)))
			.map(l -> new Successor(l.newCode(), geography.find(l.newCode(), l.effectiveOn()).map(AdministrativeUnit::name)
				.orElse(l.newCode()), l.kind(), l.effectiveOn()))
			.toList();
		long recognised = predecessors.stream().filter(p -> p.heldTier() != null).count();
		return new Lineage(List.copyOf(predecessors), successors, recognised,
				properties.standingRules().get(unit.provinceCode()));
	}

	private Predecessor predecessor(UnitLineage link) {
		LocalDate dayBefore = link.effectiveOn().minusDays(1);
		Optional<AdministrativeUnit> old = geography.findLatest(link.oldCode(), dayBefore);
		String name = old.map(AdministrativeUnit::name).orElse(link.oldCode());
		Optional<Period> last = assessments.periodsWithData(link.oldCode()).stream()
			.filter(p -> p.end().isBefore(link.effectiveOn()))
			.max(Comparator.comparing(Period::end));
		Optional<UnitStatus> status = last.map(p -> assessments.status(link.oldCode(), p, null));
		Tier held = recognitions.heldTier(link.oldCode(), dayBefore).orElse(null);
		return new Predecessor(link.oldCode(), name, link.kind(), link.effectiveOn(), last.orElse(null),
				status.map(UnitStatus::criteriaMet).orElse(null), status.map(UnitStatus::criteriaTotal).orElse(null),
				held);
	}
}
