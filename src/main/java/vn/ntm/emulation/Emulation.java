package vn.ntm.emulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The emulation module's entry point: the year's ranking of a province's departments, each point traced to the
 * records behind it. The coordination office, admins and the province's leaders read the ranking; a department reads
 * its own scorecard.
 */
public interface Emulation {

	/**
	 * Every department's score and rank for the year, as of today during the year.
	 *
	 * @throws org.springframework.security.access.AccessDeniedException for a user who does not read the ranking
	 * @throws java.util.NoSuchElementException when the province has no scorecard for the year
	 */
	Ranking ranking(String provinceCode, int year);

	/** One department's scorecard (with its rank only for a user who reads the ranking); empty for an unknown one. */
	Optional<UnitScore> scorecard(String provinceCode, int year, long organizationId);

	/** True when the current user reads the province's ranking. */
	boolean readsRanking(String provinceCode);

	record Ranking(String provinceCode, int year, LocalDate asOf, Scorecard scorecard, List<UnitScore> units) {

		public Ranking {
			units = List.copyOf(units);
		}
	}

	/**
	 * @param score null when no measure applies to the unit (unranked)
	 * @param rank  null when unranked, or for a reader who does not see the ranking
	 */
	record UnitScore(long organizationId, String code, String name, BigDecimal score, Integer rank,
			List<MeasureScore> measures) {

		public UnitScore {
			measures = List.copyOf(measures);
		}
	}

	/**
	 * A criterion's measure for one unit, with the counts behind it and the page that lists them.
	 *
	 * @param achieved e.g. reports on time
	 * @param of       e.g. reports due; 0 when the measure does not apply to the unit
	 * @param earned   points earned after rescaling; null when the measure does not apply
	 * @param evidence the path of the page listing the records counted
	 */
	record MeasureScore(String criterion, String name, MeasureRule rule, int points, int achieved, int of,
			BigDecimal earned, String evidence) {

		public boolean applies() {
			return of > 0;
		}
	}
}
