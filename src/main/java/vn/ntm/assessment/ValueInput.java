package vn.ntm.assessment;

/**
 * One value to record, as a client sends it.
 *
 * @param value   a number, a numeric text ("12,5", "85%"), "Đạt"/"Không đạt", a choice, or null to clear the value
 * @param version the version of the value the client saw, to detect a concurrent change; null to skip the check
 */
public record ValueInput(String indicator, Object value, String note, String evidence, Long version) {
}
