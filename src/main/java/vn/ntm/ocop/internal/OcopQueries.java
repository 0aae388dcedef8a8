package vn.ntm.ocop.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.geography.AdministrativeUnit;
import vn.ntm.geography.Geography;
import vn.ntm.ocop.OcopProduct;
import vn.ntm.ocop.OcopSummary;
import vn.ntm.ocop.Rating;

/** The read side: products with their communes' names, ratings and standing, and the counts on a day. */
@Component
class OcopQueries {

	private final OcopStore store;
	private final OcopRights rights;
	private final Geography geography;
	private final OcopRules rules;
	private final Clock clock;

	OcopQueries(OcopStore store, OcopRights rights, Geography geography, OcopRules rules, Clock clock) {
		this.store = store;
		this.rights = rights;
		this.geography = geography;
		this.rules = rules;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<OcopProduct> products(String province) {
		rights.requireReader(province);
		return products(province, LocalDate.now(clock));
	}

	@Transactional(readOnly = true)
	Optional<OcopProduct> product(long id) {
		Optional<OcopStore.Row> row = store.product(id);
		row.ifPresent(r -> rights.requireReader(r.provinceCode()));
		return row.map(r -> product(r, store.ratings(id), LocalDate.now(clock)));
	}

	@Transactional(readOnly = true)
	OcopSummary summary(String province, LocalDate day) {
		rights.requireReader(province);
		return OcopTally.count(province, day, products(province, day), rules);
	}

	private List<OcopProduct> products(String province, LocalDate day) {
		Map<Long, List<Rating>> ratings = store.ratingsOf(province).stream()
			.collect(Collectors.groupingBy(Rating::productId));
		return store.products(province).stream().map(r -> product(r, ratings.getOrDefault(r.id(), List.of()), day))
			.toList();
	}

	private OcopProduct product(OcopStore.Row r, List<Rating> ratings, LocalDate day) {
		String commune = geography.findLatest(r.communeCode(), LocalDate.now(clock)).map(AdministrativeUnit::name)
			.orElse(r.communeCode());
		return new OcopProduct(r.id(), r.provinceCode(), r.name(), r.producer(), r.communeCode(), commune, r.group(),
				r.exported(), r.version(), ratings, rules.standing(ratings, day), rules.inForce(ratings, day).orElse(null));
	}
}
