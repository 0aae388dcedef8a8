package vn.ntm.assessment.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.ntm.assessment.Assessments;
import vn.ntm.assessment.UnitStatus;
import vn.ntm.assessment.UnknownUnit;
import vn.ntm.assessment.ValuesRejected;
import vn.ntm.recognition.DossierEvidence;
import vn.ntm.shared.Period;

/** Fills a recognition dossier with the unit's status against the dossier's set at the end of its year. */
@Component
class DossierEvidenceFromStatus implements DossierEvidence {

	private final Assessments assessments;

	DossierEvidenceFromStatus(Assessments assessments) {
		this.assessments = assessments;
	}

	@Override
	public Optional<Results> results(String unitCode, String setCode, int year) {
		UnitStatus status;
		try {
			status = assessments.status(unitCode, Period.year(year), setCode);
		}
		catch (UnknownUnit | ValuesRejected | IllegalArgumentException
				| org.springframework.security.access.AccessDeniedException e) {
			// the unit of the year's end lies outside the reader's scope (a commune merged in 2025): no figures then
			return Optional.empty();
		}
		return Optional.of(new Results(status.setName(), status.criteriaMet(), status.criteriaTotal(),
				status.criteria().stream().map(c -> new CriterionResult(c.number(), c.nameVi(), c.nameEn(),
						c.status().name(), c.indicators().stream().map(i -> new IndicatorResult(i.code(), i.nameVi(),
								i.nameEn(), i.unit(), i.value(), i.threshold(), i.valuePeriod(), i.status().name()))
							.toList()))
					.toList()));
	}
}
