package vn.ntm.exchange.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/** Previews kept server-side, gzipped JSON, each readable only by the user who uploaded it and only until it expires. */
@Repository
class PreviewStore {

	/** The values a commit writes, with the version of each value the preview saw. */
	record Write(String unitCode, List<Cell> cells) {
	}

	record Cell(String indicator, String value, Long version) {
	}

	record Stored(ImportPreview preview, List<Write> writes) {
	}

	private final JdbcClient jdbc;
	private final JsonMapper json = JsonMapper.builder().build();

	private final Clock clock;

	PreviewStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void save(String owner, Stored stored, OffsetDateTime expires) {
		ImportPreview p = stored.preview();
		jdbc.sql("DELETE FROM exchange_import WHERE status = 'PREVIEW' AND expires_at < :now")
			.param("now", OffsetDateTime.now(clock)).update();
		jdbc.sql("""
				INSERT INTO exchange_import (id, owner, unit_code, period, set_code, file_name, status, value_count,
				    change_count, created_at, expires_at, payload)
				VALUES (:id, :owner, :unit, :period, :set, :file, 'PREVIEW', :values, :changes, :now, :expires, :payload)""")
			.param("id", p.id()).param("owner", owner).param("unit", p.unitCode()).param("period", p.period())
			.param("set", p.setCode()).param("file", p.fileName() == null ? null : truncate(p.fileName(), 255))
			.param("values", (int) p.cells()).param("changes", p.changes().size())
			.param("now", OffsetDateTime.now(clock)).param("expires", expires)
			.param("payload", gzip(stored)).update();
	}

	Optional<Stored> find(String id, String owner) {
		return jdbc.sql("""
				SELECT payload FROM exchange_import
				WHERE id = :id AND owner = :owner AND status = 'PREVIEW' AND expires_at > :now""")
			.param("id", id).param("owner", owner).param("now", OffsetDateTime.now(clock))
			.query((rs, n) -> gunzip(rs.getBytes(1))).optional();
	}

	/** Claims the preview for a commit: true once, for its owner, before it expires. */
	boolean claim(String id, String owner) {
		return jdbc.sql("""
				UPDATE exchange_import SET status = 'COMMITTED', committed_at = :now, payload = NULL
				WHERE id = :id AND owner = :owner AND status = 'PREVIEW' AND expires_at > :now""")
			.param("id", id).param("owner", owner).param("now", OffsetDateTime.now(clock)).update() == 1;
	}

	private byte[] gzip(Stored stored) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
			json.writeValue(out, stored);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	private Stored gunzip(byte[] payload) {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(payload))) {
			return json.readValue(in, Stored.class);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String truncate(String s, int max) {
		return s.length() > max ? s.substring(0, max) : s;
	}
}
