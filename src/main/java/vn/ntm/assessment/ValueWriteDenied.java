package vn.ntm.assessment;

import java.util.List;

/** The user may not write some of these values (unit outside their area, criterion not assigned to them). */
public class ValueWriteDenied extends RuntimeException {

	private final List<String> indicators;

	public ValueWriteDenied(String unitCode, List<String> indicators) {
		super("not allowed to write " + (indicators.isEmpty() ? "values" : "indicators " + indicators) + " of unit "
				+ unitCode);
		this.indicators = List.copyOf(indicators);
	}

	public List<String> indicators() {
		return indicators;
	}
}
