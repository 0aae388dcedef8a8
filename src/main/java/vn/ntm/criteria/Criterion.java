package vn.ntm.criteria;

import java.util.List;

/** A criterion (tiêu chí) of a set: met when every one of its indicators is met. */
public record Criterion(int number, String group, String nameVi, String nameEn, List<Indicator> indicators) {

	public Criterion {
		indicators = indicators == null ? List.of() : List.copyOf(indicators);
	}
}
