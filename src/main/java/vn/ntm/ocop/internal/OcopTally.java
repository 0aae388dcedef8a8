package vn.ntm.ocop.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.ntm.ocop.OcopProduct;
import vn.ntm.ocop.OcopSummary;
import vn.ntm.ocop.OcopSummary.CommuneCounts;
import vn.ntm.ocop.OcopSummary.Counts;
import vn.ntm.ocop.Rating;

/** Counts a province's products on a day, in total and per commune (in the order the products come). */
final class OcopTally {

	private OcopTally() {
	}

	static OcopSummary count(String province, LocalDate day, List<OcopProduct> products, OcopRules rules) {
		Map<String, List<OcopProduct>> byCommune = new LinkedHashMap<>();
		for (OcopProduct p : products) {
			byCommune.computeIfAbsent(p.communeCode(), c -> new ArrayList<>()).add(p);
		}
		List<CommuneCounts> communes = byCommune.values().stream()
			.map(ps -> new CommuneCounts(ps.getFirst().communeCode(), ps.getFirst().communeName(), counts(ps, day, rules)))
			.toList();
		return new OcopSummary(province, day, rules.expiringWithinDays(), counts(products, day, rules), communes);
	}

	static Counts counts(List<OcopProduct> products, LocalDate day, OcopRules rules) {
		int[] stars = new int[6];
		int exported = 0;
		int expiring = 0;
		int expired = 0;
		int unrated = 0;
		for (OcopProduct p : products) {
			switch (rules.standing(p.ratings(), day)) {
				case RATED -> {
					Rating r = rules.inForce(p.ratings(), day).orElseThrow();
					stars[r.stars()]++;
					exported += p.exported() ? 1 : 0;
					expiring += rules.expiring(p.ratings(), day) ? 1 : 0;
				}
				case EXPIRED -> expired++;
				case UNRATED -> unrated++;
			}
		}
		return new Counts(products.size(), stars[3], stars[4], stars[5], exported, expiring, expired, unrated);
	}
}
