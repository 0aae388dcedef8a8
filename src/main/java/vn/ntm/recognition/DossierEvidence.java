package vn.ntm.recognition;

import java.util.List;
import java.util.Optional;

/**
 * Each criterion's result with its values for a dossier, provided by the module that holds the values (assessment
 * depends on recognition, so the dossier asks through this port rather than the other way round).
 */
public interface DossierEvidence {

	/** The unit's results against the set as of the end of {@code year}; empty when nothing can be read. */
	Optional<Results> results(String unitCode, String setCode, int year);

	/** @param status met, not met, no data or threshold unknown, as the criteria module names them */
	record Results(String setName, int criteriaMet, int criteriaTotal, List<CriterionResult> criteria) {
	}

	record CriterionResult(int number, String nameVi, String nameEn, String status, List<IndicatorResult> indicators) {
	}

	/** @param valuePeriod the period the value was recorded for */
	record IndicatorResult(String code, String nameVi, String nameEn, String unit, String value, String threshold,
			String valuePeriod, String status) {
	}
}
