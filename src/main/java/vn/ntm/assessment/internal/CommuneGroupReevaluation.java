package vn.ntm.assessment.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.ntm.assessment.Assessments;
import vn.ntm.criteria.CriteriaSets;
import vn.ntm.geography.CommuneGroupsRecorded;

/**
 * After a province records commune groups, the sets whose thresholds go by group (2026–2030) are evaluated again.
 * Runs inside the recording transaction, as {@link CriteriaSetReevaluation} does for a new set version.
 */
@Component
class CommuneGroupReevaluation {

	private final Assessments assessments;
	private final CriteriaSets criteriaSets;

	CommuneGroupReevaluation(Assessments assessments, CriteriaSets criteriaSets) {
		this.assessments = assessments;
		this.criteriaSets = criteriaSets;
	}

	@EventListener
	void on(CommuneGroupsRecorded recorded) {
		criteriaSets.all().stream()
			.filter(s -> s.criteria().stream().flatMap(c -> c.indicators().stream())
				.anyMatch(i -> i.thresholds().stream().anyMatch(t -> t.communeGroup() != null)))
			.map(s -> s.code()).distinct().forEach(assessments::reevaluate);
	}
}
