package vn.ntm.identity.internal;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.identity.Grant;
import vn.ntm.identity.Role;
import vn.ntm.shared.AuditEvent;

/** Users and their grants. Every change is published as an AuditEvent in the same transaction. */
@Repository
@Transactional(readOnly = true)
public class UserAccounts {

	/** The shortest password an account may be given. */
	public static final int MIN_PASSWORD_LENGTH = 10;

	private static final String USER = "user";

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final GrantProvinces provinces;

	UserAccounts(JdbcClient jdbc, ApplicationEventPublisher events, GrantProvinces provinces) {
		this.jdbc = jdbc;
		this.events = events;
		this.provinces = provinces;
	}

	public Optional<UserAccount> find(String username) {
		return jdbc.sql("SELECT * FROM identity_user WHERE username = ?").param(username).query((rs, n) -> {
			long id = rs.getLong("id");
			Timestamp locked = rs.getTimestamp("locked_until");
			return new UserAccount(id, rs.getString("username"), rs.getString("password_hash"),
					rs.getString("display_name"), rs.getBoolean("enabled"), rs.getInt("failed_attempts"),
					locked == null ? null : locked.toInstant(), rs.getLong("version"), List.of());
		}).optional().map(u -> new UserAccount(u.id(), u.username(), u.passwordHash(), u.displayName(), u.enabled(),
				u.failedAttempts(), u.lockedUntil(), u.version(), grants(u.id())));
	}

	List<UserAccount> all() {
		return jdbc.sql("SELECT username FROM identity_user ORDER BY username").query(String.class).list().stream()
				.map(this::find).flatMap(Optional::stream).toList();
	}

	List<Grant> grants(long userId) {
		return jdbc.sql("SELECT role, scope FROM identity_user_role WHERE user_id = ? ORDER BY role, scope")
				.param(userId).query((rs, n) -> new Grant(Role.valueOf(rs.getString("role")), rs.getString("scope")))
				.list();
	}

	public List<Grant> grantsOf(String username) {
		return jdbc.sql("""
				SELECT r.role, r.scope FROM identity_user_role r JOIN identity_user u ON u.id = r.user_id
				WHERE u.username = ? AND u.enabled ORDER BY r.role, r.scope
				""").param(username)
				.query((rs, n) -> new Grant(Role.valueOf(rs.getString("role")), rs.getString("scope"))).list();
	}

	int enabledSystemAdmins() {
		return jdbc.sql("""
				SELECT COUNT(DISTINCT u.id) FROM identity_user u JOIN identity_user_role r ON r.user_id = u.id
				WHERE u.enabled AND r.role = 'SYSTEM_ADMIN'
				""").query(Integer.class).single();
	}

	/** The grants of a user, enabled or not (an audit entry about a disabled user still belongs to its province). */
	List<Grant> allGrantsOf(String username) {
		return jdbc.sql("""
				SELECT r.role, r.scope FROM identity_user_role r JOIN identity_user u ON u.id = r.user_id
				WHERE u.username = ? ORDER BY r.role, r.scope
				""").param(username)
				.query((rs, n) -> new Grant(Role.valueOf(rs.getString("role")), rs.getString("scope"))).list();
	}

	@Transactional
	public long create(String username, String displayName, String passwordHash, List<Grant> grants) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO identity_user (username, password_hash, display_name) VALUES (?, ?, ?)")
				.params(username, passwordHash, displayName).update(keys, "id");
		long id = keys.getKey().longValue();
		setGrants(username, grants);
		events.publishEvent(new AuditEvent(USER, username, "create", null, "displayName=" + displayName));
		return id;
	}

	@Transactional
	public void setGrants(String username, List<Grant> grants) {
		UserAccount user = find(username).orElseThrow();
		List<Grant> distinct = grants.stream().distinct().toList();
		if (distinct.equals(user.grants())) {
			return;
		}
		jdbc.sql("DELETE FROM identity_user_role WHERE user_id = ?").param(user.id()).update();
		for (Grant g : distinct) {
			jdbc.sql("INSERT INTO identity_user_role (user_id, role, scope) VALUES (?, ?, ?)")
					.params(user.id(), g.role().name(), g.scope()).update();
		}
		bumpVersion(user.id());
		// the audit log finds the province from the grants now held; with none left, from the old ones
		events.publishEvent(new AuditEvent("user-roles", username, "update", user.grants().toString(),
				distinct.toString(), distinct.isEmpty() ? provinces.auditProvince(user.grants(), p -> false) : null));
	}

	@Transactional
	public void update(String username, String displayName, boolean enabled, long expectedVersion) {
		UserAccount user = find(username).orElseThrow();
		int n = jdbc.sql("""
				UPDATE identity_user SET display_name = ?, enabled = ?, version = version + 1
				WHERE id = ? AND version = ?
				""").params(displayName, enabled, user.id(), expectedVersion).update();
		if (n != 1) {
			throw new org.springframework.dao.OptimisticLockingFailureException("user " + username);
		}
		events.publishEvent(new AuditEvent(USER, username, "update",
				"displayName=" + user.displayName() + "; enabled=" + user.enabled(),
				"displayName=" + displayName + "; enabled=" + enabled));
	}

	/** Sets the password and unlocks the account. */
	@Transactional
	public void setPassword(String username, String passwordHash) {
		jdbc.sql("""
				UPDATE identity_user SET password_hash = ?, failed_attempts = 0, locked_until = NULL,
				  version = version + 1 WHERE username = ?
				""").params(passwordHash, username).update();
		events.publishEvent(new AuditEvent(USER, username, "password-change", null, null));
	}

	/**
	 * Counts a failed login for the users page. It never locks the account: failures are throttled per address
	 * ({@code LoginThrottle}), so that nobody can lock out someone else.
	 */
	@Transactional
	public void recordFailedLogin(String username) {
		jdbc.sql("UPDATE identity_user SET failed_attempts = failed_attempts + 1 WHERE username = ?")
				.param(username).update();
	}

	@Transactional
	public void recordSuccessfulLogin(String username) {
		jdbc.sql("UPDATE identity_user SET failed_attempts = 0, locked_until = NULL WHERE username = ? AND failed_attempts > 0")
				.param(username).update();
	}

	private void bumpVersion(long id) {
		jdbc.sql("UPDATE identity_user SET version = version + 1 WHERE id = ?").param(id).update();
	}
}
