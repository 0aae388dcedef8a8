package vn.ntm.ocop;

import java.time.LocalDate;
import java.util.List;

/**
 * A province's OCOP counts on a day, and the same per commune (communes without a product left out).
 *
 * @param exported the products with a certificate in force that are exported
 * @param expiring the products whose certificate in force lapses within the alert window after the day
 * @param expired  the products whose last certificate lapsed by the day: to be re-rated, not counted as rated
 */
public record OcopSummary(String provinceCode, LocalDate date, int expiringWithinDays, Counts total,
		List<CommuneCounts> communes) {

	public OcopSummary {
		communes = List.copyOf(communes);
	}

	/** @param threeStars products rated 3 stars in force on the day (likewise 4 and 5) */
	public record Counts(int products, int threeStars, int fourStars, int fiveStars, int exported, int expiring,
			int expired, int unrated) {

		public int rated() {
			return threeStars + fourStars + fiveStars;
		}
	}

	public record CommuneCounts(String communeCode, String communeName, Counts counts) {
	}
}
