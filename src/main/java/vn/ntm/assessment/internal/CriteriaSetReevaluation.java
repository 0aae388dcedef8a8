package vn.ntm.assessment.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.ntm.assessment.Assessments;
import vn.ntm.criteria.CriteriaSetVersionAdded;

/**
 * After a new version of a criteria set, the values already recorded are evaluated again against the version in
 * force for their period. Runs inside the import's transaction, so a version is never stored without its effect.
 */
@Component
class CriteriaSetReevaluation {

	private static final Logger log = LoggerFactory.getLogger(CriteriaSetReevaluation.class);

	private final Assessments assessments;

	CriteriaSetReevaluation(Assessments assessments) {
		this.assessments = assessments;
	}

	@EventListener
	void on(CriteriaSetVersionAdded added) {
		int units = assessments.reevaluate(added.code());
		if (units > 0) {
			log.info("Re-evaluated {} unit(s) against {} version {}", units, added.code(), added.version());
		}
	}
}
