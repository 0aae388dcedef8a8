package vn.ntm.assessment;

/**
 * What a successful write did.
 *
 * @param tag the {@link ValuesTag} of the unit's values for the period and set after the write
 */
public record RecordResult(String unitCode, String period, String setCode, int created, int updated, int cleared,
		int unchanged, String tag) {
}
