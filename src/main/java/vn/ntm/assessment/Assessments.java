package vn.ntm.assessment;

import java.util.List;

import vn.ntm.shared.Period;

/** The assessment module's entry point: record values, read a unit's status, and the province or district figures. */
public interface Assessments {

	/**
	 * Records the values of one unit and period, all or nothing.
	 *
	 * @param setCode the criteria set, or null for the commune standard set in force for the period
	 * @throws ValuesRejected   when any input is invalid (every problem listed)
	 * @throws ValueWriteDenied when the user may not write some of them
	 * @throws ValueConflict    when someone changed a value since the client read it
	 */
	default RecordResult record(String unitCode, String period, String setCode, List<ValueInput> values,
			String source) {
		return record(unitCode, period, setCode, values, source, null);
	}

	/**
	 * As {@link #record(String, String, String, List, String)}, only if the values stored now still carry the
	 * {@link ValuesTag} the client read ({@code ifMatch} as the HTTP header gives it; null skips the check).
	 *
	 * @throws ValuesChanged when they do not
	 */
	RecordResult record(String unitCode, String period, String setCode, List<ValueInput> values, String source,
			String ifMatch);

	/**
	 * Records the values of many units and periods in one transaction, all or nothing, each checked as
	 * {@link #record} checks it (every problem of every unit listed, prefixed with its unit). Stored in batches; the
	 * status read model is rebuilt once per unit; one {@link vn.ntm.shared.AuditEvent} names the batch and its counts
	 * and the history rows carry {@code batchId}. Unlike {@link #record}, an input without note or evidence keeps
	 * the stored ones (a spreadsheet carries none).
	 *
	 * @throws ValuesRejected   when any input is invalid
	 * @throws ValueWriteDenied when the user may not write some of them
	 * @throws ValueConflict    when a version given does not match
	 */
	BatchResult recordAll(String batchId, List<UnitValues> units, String source);

	/** The status of a unit as of the end of {@code period}; set null means the commune standard set in force. */
	UnitStatus status(String unitCode, Period period, String setCode);

	/** Figures for a province or district. */
	Summary summary(String unitCode, Period period);

	/** The communes under {@code unitCode} with their criteria status as of the end of {@code period}. */
	List<CommuneRow> matrix(String unitCode, Period period);

	/**
	 * For each unit, by indicator code, the value in force at the period's end (the latest recorded at or before
	 * it), read for all the units at once; a unit outside the user's scope is refused as a whole.
	 */
	java.util.Map<String, java.util.Map<String, RecordedValue>> valuesInForce(List<String> unitCodes, Period period,
			String setCode);

	/** The values stored for exactly this unit, period and set. */
	List<RecordedValue> values(String unitCode, Period period, String setCode);

	/** Every change of a unit's values, newest first. */
	List<ValueChange> history(String unitCode, String setCode, String indicatorCode);

	/**
	 * The periods at which the unit or any unit under it has recorded values (a status), oldest first: what a page
	 * offers and where its default period comes from. Empty when nothing is recorded; refused outside the user's scope.
	 */
	List<Period> periodsWithData(String unitCode);

	/** Rebuilds the status read model for every unit that has values of this set (after a new set version). */
	int reevaluate(String setCode);

	/** A change of one value. */
	record ValueChange(String period, String indicator, String oldValue, String newValue, String changedBy,
			java.time.OffsetDateTime changedAt, String source, String note) {
	}
}
