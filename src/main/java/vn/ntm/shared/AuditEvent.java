package vn.ntm.shared;

/**
 * Published by any module, inside its transaction, whenever it changes data a user cares about. The identity
 * module records it in the audit log with the acting user and address, in the same transaction.
 *
 * @param entityType   what kind of thing changed, e.g. {@code indicator-value}, {@code recognition}
 * @param entityId     which one, e.g. {@code 23535/2022/xa-ntm-2021-2025/2.1}
 * @param action       {@code create}, {@code update}, {@code delete}, {@code import}, …
 * @param oldValue     the value before, or null
 * @param newValue     the value after, or null
 * @param provinceCode the province whose data changed, so its coordination office sees the entry; null for
 *                     national data (reference sets, the national unit list), which only system admins see
 */
public record AuditEvent(String entityType, String entityId, String action, String oldValue, String newValue,
		String provinceCode) {

	/** A change of national data, or of a user whose province the identity module works out itself. */
	public AuditEvent(String entityType, String entityId, String action, String oldValue, String newValue) {
		this(entityType, entityId, action, oldValue, newValue, null);
	}
}
