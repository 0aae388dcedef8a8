package vn.ntm.emulation.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How a unit's measures become its score, and scores become ranks. Luật Thi đua, khen thưởng 06/2022/QH15 leaves the
 * scale to the province's rules (chưa kiểm tra); these are the rules stated on the ranking page:
 * <ul>
 * <li>a criterion earns its points times the share achieved (achieved / of);</li>
 * <li>a criterion whose measure has nothing to count for the unit (of = 0) is left out, and the points of the others
 * are scaled up so that the unit can still reach the scorecard's full points: a unit is not penalised for an
 * obligation it did not have;</li>
 * <li>each criterion's points are rounded to two decimals (half up) and the score is their sum;</li>
 * <li>equal scores share a rank, the next rank skipping as many places (1, 1, 3); a unit to which no measure applies
 * has no score and no rank.</li>
 * </ul>
 */
public final class Scoring {

	private static final int SCALE = 2;

	private Scoring() {
	}

	/** What a measure counted for one unit, e.g. 10 reports on time of 12 due. */
	public record Count(int achieved, int of) {

		public Count {
			if (achieved < 0 || of < 0 || achieved > of) {
				throw new IllegalArgumentException("achieved " + achieved + " of " + of);
			}
		}

		public boolean applies() {
			return of > 0;
		}
	}

	/**
	 * @param score  null when no measure applies
	 * @param earned per criterion, null where the measure does not apply
	 */
	public record Scored(BigDecimal score, List<BigDecimal> earned) {
	}

	/** Scores one unit: {@code points.get(i)} is criterion i's points, {@code counts.get(i)} its measure. */
	public static Scored score(List<Integer> points, List<Count> counts) {
		if (points.size() != counts.size()) {
			throw new IllegalArgumentException("one count per criterion");
		}
		int total = points.stream().mapToInt(Integer::intValue).sum();
		int applicable = 0;
		for (int i = 0; i < points.size(); i++) {
			applicable += counts.get(i).applies() ? points.get(i) : 0;
		}
		List<BigDecimal> earned = new ArrayList<>();
		if (applicable == 0) {
			counts.forEach(c -> earned.add(null));
			return new Scored(null, earned);
		}
		BigDecimal scale = BigDecimal.valueOf(total).divide(BigDecimal.valueOf(applicable), MathContext.DECIMAL64);
		BigDecimal score = BigDecimal.ZERO.setScale(SCALE);
		for (int i = 0; i < points.size(); i++) {
			Count c = counts.get(i);
			if (!c.applies()) {
				earned.add(null);
				continue;
			}
			BigDecimal e = BigDecimal.valueOf(points.get(i)).multiply(BigDecimal.valueOf(c.achieved()))
				.multiply(scale).divide(BigDecimal.valueOf(c.of()), SCALE, RoundingMode.HALF_UP);
			earned.add(e);
			score = score.add(e);
		}
		return new Scored(score, earned);
	}

	/** The rank of each score (null for a null score): equal scores share a rank, the next skipping (1, 1, 3). */
	public static List<Integer> ranks(List<BigDecimal> scores) {
		List<BigDecimal> sorted = scores.stream().filter(s -> s != null).sorted(Comparator.reverseOrder()).toList();
		List<Integer> ranks = new ArrayList<>();
		for (BigDecimal s : scores) {
			ranks.add(s == null ? null : 1 + (int) sorted.stream().filter(o -> o.compareTo(s) > 0).count());
		}
		return ranks;
	}
}
