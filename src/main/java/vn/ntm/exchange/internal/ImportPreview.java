package vn.ntm.exchange.internal;

import java.util.List;

/**
 * What an upload would change, shown before the user confirms; stored server-side under {@code id} for its owner.
 *
 * @param changes  old → new per commune and indicator (only values that differ from those in force)
 * @param criteria criteria a commune would newly meet or no longer meet
 * @param errors   every problem (empty when it can be committed)
 */
public record ImportPreview(String id, String unitCode, String unitName, String period, String setCode,
		String fileName, int communes, long cells, int unchanged, List<ValueLine> changes, List<CriterionLine> criteria,
		List<ImportError> errors, int errorsOmitted) {

	public boolean valid() {
		return errors.isEmpty() && errorsOmitted == 0;
	}

	public int totalErrors() {
		return errors.size() + errorsOmitted;
	}

	public long criteriaGained() {
		return criteria.stream().filter(CriterionLine::gained).count();
	}

	public long criteriaLost() {
		return criteria.stream().filter(c -> !c.gained()).count();
	}

	/** @param oldPeriod the period the value in force was recorded for, when earlier than the import's */
	public record ValueLine(String unitCode, String unitName, int row, String indicator, String oldValue,
			String oldPeriod, String newValue) {
	}

	public record CriterionLine(String unitCode, String unitName, int criterion, String criterionName, String before,
			String after, boolean gained) {
	}
}
