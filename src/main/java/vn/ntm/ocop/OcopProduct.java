package vn.ntm.ocop;

import java.util.List;

/**
 * A product of the register with its ratings, oldest decision first.
 *
 * @param producer the subject that makes it (a cooperative, an enterprise, a household), as written
 * @param standing the product's standing today
 * @param current  the rating in force today; null when the product is expired or not yet rated
 */
public record OcopProduct(long id, String provinceCode, String name, String producer, String communeCode,
		String communeName, ProductGroup group, boolean exported, long version, List<Rating> ratings, Standing standing,
		Rating current) {

	public OcopProduct {
		ratings = List.copyOf(ratings);
	}
}
