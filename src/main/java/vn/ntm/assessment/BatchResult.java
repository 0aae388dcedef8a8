package vn.ntm.assessment;

/** What a bulk write did, over every unit. */
public record BatchResult(String batchId, int units, int created, int updated, int cleared, int unchanged) {
}
