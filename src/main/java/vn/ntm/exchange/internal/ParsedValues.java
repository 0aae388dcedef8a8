package vn.ntm.exchange.internal;

import java.util.List;
import java.util.Map;

import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.IndicatorValue;
import vn.ntm.geography.AdministrativeUnit;

/**
 * What a values workbook holds after every cell was checked.
 *
 * @param meta          the keys of the meta sheet
 * @param rows          one per commune row with at least one filled indicator cell (in sheet order)
 * @param errors        every problem found, at most the limit
 * @param errorsOmitted problems found beyond the limit
 * @param cells         indicator cells read
 */
public record ParsedValues(Map<String, String> meta, CriteriaSet set, List<UnitRow> rows, List<ImportError> errors,
		int errorsOmitted, long cells) {

	public boolean valid() {
		return errors.isEmpty() && errorsOmitted == 0;
	}

	public int totalErrors() {
		return errors.size() + errorsOmitted;
	}

	/** @param values by indicator code, in column order */
	public record UnitRow(int row, AdministrativeUnit unit, Map<String, IndicatorValue> values) {
	}
}
