package vn.ntm.criteria;

import vn.ntm.geography.Region;

/** What decides which threshold applies: the unit's evaluation region, its province and the year of the period. */
public record EvaluationContext(Region region, String provinceCode, int year) {
}
