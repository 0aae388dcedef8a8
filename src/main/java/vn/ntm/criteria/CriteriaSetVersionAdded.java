package vn.ntm.criteria;

/**
 * A new version of a criteria set was stored (a province entered official thresholds, or a new national version).
 * Modules holding evaluations against {@code code} re-evaluate.
 *
 * @param provinceCode the province whose own version it is, or null for a national version
 */
public record CriteriaSetVersionAdded(String code, int version, String provinceCode) {
}
