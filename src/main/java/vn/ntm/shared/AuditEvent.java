package vn.ntm.shared;

/**
 * Published by any module, inside its transaction, whenever it changes data a user cares about. The identity
 * module records it in the audit log with the acting user and address, in the same transaction.
 *
 * @param entityType what kind of thing changed, e.g. {@code indicator-value}, {@code recognition}
 * @param entityId   which one, e.g. {@code 23535/2022/xa-ntm-2021-2025/2.1}
 * @param action     {@code create}, {@code update}, {@code delete}, {@code import}, …
 * @param oldValue   the value before, or null
 * @param newValue   the value after, or null
 */
public record AuditEvent(String entityType, String entityId, String action, String oldValue, String newValue) {
}
