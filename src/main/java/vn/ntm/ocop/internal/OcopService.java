package vn.ntm.ocop.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.ntm.ocop.Ocop;
import vn.ntm.ocop.OcopProduct;
import vn.ntm.ocop.OcopSummary;
import vn.ntm.ocop.Rating;

/** The module's entry point, each operation a use case of its own. */
@Component
class OcopService implements Ocop {

	private final RegisterProducts writes;
	private final OcopQueries queries;

	OcopService(RegisterProducts writes, OcopQueries queries) {
		this.writes = writes;
		this.queries = queries;
	}

	@Override
	public OcopProduct register(NewProduct product) {
		long id = writes.register(product);
		return queries.product(id).orElseThrow();
	}

	@Override
	public List<OcopProduct> products(String provinceCode) {
		return queries.products(provinceCode);
	}

	@Override
	public Optional<OcopProduct> find(long id) {
		return queries.product(id);
	}

	@Override
	public Rating rate(long productId, NewRating rating) {
		return writes.rate(productId, rating);
	}

	@Override
	public OcopSummary summary(String provinceCode, LocalDate date) {
		return queries.summary(provinceCode, date);
	}
}
