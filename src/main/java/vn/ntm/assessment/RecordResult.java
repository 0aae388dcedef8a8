package vn.ntm.assessment;

/** What a successful write did. */
public record RecordResult(String unitCode, String period, String setCode, int created, int updated, int cleared,
		int unchanged) {
}
