package vn.ntm.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.ntm.identity.Access;
import vn.ntm.shared.AuditEvent;
import vn.ntm.shared.VietnamTime;

/**
 * The append-only audit log. Listens synchronously, so the entry is written in the publisher's transaction and
 * disappears with it when that transaction rolls back. There is deliberately no update or delete here.
 */
@Component
public class AuditLog {

	static final int MAX_VALUE_LENGTH = 10_000;

	/** Entries about users and sign-ins belong to the province of the user they concern. */
	private static final Set<String> ABOUT_A_USER = Set.of("user", "user-roles", "login");

	private final JdbcClient jdbc;
	private final Access access;
	private final UserAccounts users;
	private final GrantProvinces provinces;
	private final Clock clock;

	AuditLog(JdbcClient jdbc, Access access, UserAccounts users, GrantProvinces provinces,
			Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.users = users;
		this.provinces = provinces;
		this.clock = clock;
	}

	/** @param provinceCode the province whose data changed, or null for national data */
	public record Entry(long id, Instant at, String username, String remoteAddress, String entityType,
			String entityId, String action, String oldValue, String newValue, String provinceCode) {
	}

	/**
	 * @param province a province to show, or null for all the reader may see
	 * @param visible  the provinces the reader may see, or null for every entry (system admins), national ones included
	 */
	public record Filter(String username, String entityType, LocalDate from, LocalDate to, String province,
			Set<String> visible) {

		public Filter(String username, String entityType, LocalDate from, LocalDate to) {
			this(username, entityType, from, to, null, null);
		}

		boolean empty(String s) {
			return s == null || s.isBlank();
		}
	}

	@EventListener
	public void on(AuditEvent event) {
		String username = access.currentUsername();
		// no user and no request: a start-up task (bootstrap admin, demo data) made the change
		if (username == null || ("anonymous".equals(username) && RequestContextHolder.getRequestAttributes() == null)) {
			username = "system";
		}
		record(username, event);
	}

	void record(String username, AuditEvent event) {
		jdbc.sql("""
				INSERT INTO identity_audit_log
				  (at, username, remote_address, entity_type, entity_id, action, old_value, new_value, province_code)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""").params(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), username, remoteAddress(),
				event.entityType(), event.entityId(), event.action(), cut(event.oldValue()), cut(event.newValue()),
				province(username, event))
				.update();
	}

	private String province(String actor, AuditEvent event) {
		if (event.provinceCode() != null) {
			return event.provinceCode();
		}
		if (ABOUT_A_USER.contains(event.entityType()) && event.entityId() != null) {
			return provinces.auditProvince(users.allGrantsOf(event.entityId()), access::canManage);
		}
		if ("api-token".equals(event.entityType())) {
			return provinces.auditProvince(users.allGrantsOf(actor), access::canManage);
		}
		return null;
	}

	public long count(Filter filter) {
		var where = where(filter);
		return jdbc.sql("SELECT COUNT(*) FROM identity_audit_log" + where.sql()).params(where.params())
				.query(Long.class).single();
	}

	public List<Entry> page(Filter filter, int page, int size) {
		var where = where(filter);
		return jdbc.sql("SELECT * FROM identity_audit_log" + where.sql() + " ORDER BY at DESC, id DESC LIMIT "
				+ size + " OFFSET " + ((long) page * size)).params(where.params()).query(this::entry).list();
	}

	public void each(Filter filter, int limit, Consumer<Entry> consumer) {
		var where = where(filter);
		try (var rows = jdbc.sql("SELECT * FROM identity_audit_log" + where.sql() + " ORDER BY at DESC, id DESC LIMIT "
				+ limit).params(where.params()).query(this::entry).stream()) {
			rows.forEach(consumer);
		}
	}

	/** The provinces that have entries, for a system admin's filter. */
	public List<String> provinces() {
		return jdbc.sql("SELECT DISTINCT province_code FROM identity_audit_log WHERE province_code IS NOT NULL"
				+ " ORDER BY province_code").query(String.class).list();
	}

	private record Where(String sql, List<Object> params) {
	}

	private Where where(Filter f) {
		List<String> conditions = new ArrayList<>();
		List<Object> params = new ArrayList<>();
		if (f != null && !f.empty(f.username())) {
			conditions.add("username = ?");
			params.add(f.username().trim());
		}
		if (f != null && !f.empty(f.entityType())) {
			conditions.add("entity_type = ?");
			params.add(f.entityType().trim());
		}
		if (f != null && f.from() != null) {
			conditions.add("at >= ?");
			params.add(f.from().atStartOfDay(VietnamTime.ZONE).toOffsetDateTime());
		}
		if (f != null && f.to() != null) {
			conditions.add("at < ?");
			params.add(f.to().plusDays(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime());
		}
		if (f != null && !f.empty(f.province())) {
			conditions.add("province_code = ?");
			params.add(f.province().trim());
		}
		if (f != null && f.visible() != null) {
			if (f.visible().isEmpty()) {
				conditions.add("1 = 0");
			}
			else {
				conditions.add("province_code IN (" + String.join(", ", Collections.nCopies(f.visible().size(), "?"))
						+ ")");
				params.addAll(new TreeSet<>(f.visible()));
			}
		}
		return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
	}

	private Entry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		Timestamp at = rs.getTimestamp("at");
		return new Entry(rs.getLong("id"), at.toInstant(), rs.getString("username"), rs.getString("remote_address"),
				rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("action"),
				rs.getString("old_value"), rs.getString("new_value"), rs.getString("province_code"));
	}

	private static String cut(String value) {
		return value == null || value.length() <= MAX_VALUE_LENGTH ? value : value.substring(0, MAX_VALUE_LENGTH);
	}

	static String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}
}
