package vn.ntm.criteria;

import vn.ntm.geography.Region;

/**
 * What decides which threshold applies: the unit's evaluation region (2021–2025 sets), its province, the year of the
 * period, and its commune group ({@code N1}, {@code N2}, {@code N3}: 2026–2030 sets), or null when the unit has none
 * on that date.
 */
public record EvaluationContext(Region region, String provinceCode, int year, String communeGroup) {

	/** A context without a commune group: what the 2021–2025 sets need. */
	public EvaluationContext(Region region, String provinceCode, int year) {
		this(region, provinceCode, year, null);
	}
}
