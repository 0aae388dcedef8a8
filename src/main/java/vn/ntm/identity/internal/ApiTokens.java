package vn.ntm.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.shared.AuditEvent;

/**
 * API tokens: {@code ntm_} plus 32 random bytes, shown once and stored as a SHA-256 digest (the token itself has
 * enough entropy that a slow hash adds nothing, and the digest can be looked up directly).
 */
@Repository
@Transactional(readOnly = true)
public class ApiTokens {

	static final String PREFIX = "ntm_";
	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ApiTokens(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	public record Token(long id, String name, Instant createdAt, Instant expiresAt, Instant revokedAt) {

		public boolean activeAt(Instant now) {
			return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
		}
	}

	public record Created(long id, String secret) {
	}

	@Transactional
	public Created create(String username, String name, Instant expiresAt) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO identity_api_token (user_id, name, token_hash, created_at, expires_at)
				SELECT id, ?, ?, ?, ? FROM identity_user WHERE username = ?
				""").params(name, digest(secret), utc(clock.instant()), expiresAt == null ? null : utc(expiresAt),
				username).update(keys, "id");
		long id = keys.getKey().longValue();
		events.publishEvent(new AuditEvent("api-token", String.valueOf(id), "create", null,
				"owner=" + username + "; name=" + name + "; expires=" + expiresAt));
		return new Created(id, secret);
	}

	public List<Token> of(String username) {
		return jdbc.sql("""
				SELECT t.* FROM identity_api_token t JOIN identity_user u ON u.id = t.user_id
				WHERE u.username = ? ORDER BY t.created_at DESC, t.id DESC
				""").param(username).query((rs, n) -> new Token(rs.getLong("id"), rs.getString("name"),
				instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("expires_at")),
				instant(rs.getTimestamp("revoked_at")))).list();
	}

	/** Revokes one of the user's own tokens; false when there is no such active token. */
	@Transactional
	public boolean revoke(String username, long id) {
		int n = jdbc.sql("""
				UPDATE identity_api_token SET revoked_at = ?
				WHERE id = ? AND revoked_at IS NULL AND user_id = (SELECT id FROM identity_user WHERE username = ?)
				""").params(utc(clock.instant()), id, username).update();
		if (n == 1) {
			events.publishEvent(new AuditEvent("api-token", String.valueOf(id), "revoke", "active", "revoked"));
		}
		return n == 1;
	}

	/** The owner of an active token. */
	Optional<String> owner(String secret) {
		if (secret == null || !secret.startsWith(PREFIX)) {
			return Optional.empty();
		}
		return jdbc.sql("""
				SELECT u.username FROM identity_api_token t JOIN identity_user u ON u.id = t.user_id
				WHERE t.token_hash = ? AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > ?)
				""").params(digest(secret), utc(clock.instant())).query(String.class).optional();
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static Instant instant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}

	static String digest(String secret) {
		try {
			return HexFormat.of().formatHex(
					MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
