package vn.ntm.criteria;

import java.util.List;

/** An indicator (chỉ tiêu, e.g. 2.1) of a criterion, with its thresholds by region, year and province. */
public record Indicator(String code, String nameVi, String nameEn, String unit, ValueType valueType,
		Comparison comparison, List<String> choices, List<Threshold> thresholds, boolean unverified, String note) {

	public Indicator {
		choices = choices == null ? List.of() : List.copyOf(choices);
		thresholds = thresholds == null ? List.of() : List.copyOf(thresholds);
	}
}
