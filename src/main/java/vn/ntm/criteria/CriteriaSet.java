package vn.ntm.criteria;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A version of a criteria set. Sets are versioned data: a province entering the official thresholds from the
 * document it holds creates a new version; values are evaluated against the version in force for their period.
 *
 * @param code            stable code, e.g. {@code xa-ntm-2021-2025}
 * @param version         1, 2, … per code
 * @param validFrom       first day of the programme period the set applies to
 * @param validTo         last day, or null when open-ended
 * @param requiresSetCode the set whose tier must be reached first (advanced requires standard), or null
 * @param provinceCode    null for a national set; a province code for a province's own version
 */
public record CriteriaSet(String code, int version, String nameVi, String nameEn, SetLevel level, Tier tier,
		LocalDate validFrom, LocalDate validTo, LegalBasis legalBasis, String requiresSetCode, String provinceCode,
		List<Criterion> criteria) {

	public CriteriaSet {
		criteria = criteria == null ? List.of() : List.copyOf(criteria);
	}

	public boolean validOn(LocalDate date) {
		return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
	}

	public Optional<Indicator> indicator(String code) {
		return criteria.stream().flatMap(c -> c.indicators().stream()).filter(i -> i.code().equals(code)).findFirst();
	}

	public Optional<Criterion> criterionOf(String indicatorCode) {
		return criteria.stream().filter(c -> c.indicators().stream().anyMatch(i -> i.code().equals(indicatorCode)))
			.findFirst();
	}

	/**
	 * True when the result depends on another set's result too: an indicator taken from the required set's tier, or
	 * a threshold relative to another set's threshold (the model commune builds on the advanced one).
	 */
	public boolean dependsOnOtherSets() {
		return criteria.stream().flatMap(c -> c.indicators().stream())
			.anyMatch(i -> i.valueType() == ValueType.REQUIRED_TIER
					|| i.thresholds().stream().anyMatch(t -> t.relativeTo() != null));
	}

	public int indicatorCount() {
		return criteria.stream().mapToInt(c -> c.indicators().size()).sum();
	}
}
