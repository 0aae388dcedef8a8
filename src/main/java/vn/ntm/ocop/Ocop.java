package vn.ntm.ocop;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The OCOP module's entry point. The province's coordination office registers products and records their ratings;
 * whoever reads the province reads the register. Writes are audited.
 */
public interface Ocop {

	/** @throws OcopRejected naming the fields at fault (no name, a commune outside the province, no group) */
	OcopProduct register(NewProduct product);

	/** The province's products, by commune and name, with their standing today. */
	List<OcopProduct> products(String provinceCode);

	Optional<OcopProduct> find(long id);

	/**
	 * @throws OcopRejected            naming the fields at fault (stars not 3 to 5, a 5-star rating by the province, a
	 *                                 decision date in the future, a decision number the product already has)
	 * @throws OcopChangedConcurrently when the product changed since {@code expectedVersion}
	 */
	Rating rate(long productId, NewRating rating);

	/** The province's counts on {@code date}. */
	OcopSummary summary(String provinceCode, LocalDate date);

	record NewProduct(String provinceCode, String name, String producer, String communeCode, ProductGroup group,
			Boolean exported) {
	}

	/**
	 * @param level           null to take the level the stars call for
	 * @param expectedVersion the product's version the user read; null to take the current one
	 */
	record NewRating(Integer stars, String decisionNumber, LocalDate decidedOn, DecisionLevel level,
			Long expectedVersion) {
	}
}
