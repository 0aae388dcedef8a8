package vn.ntm.ocop.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import vn.ntm.ocop.DecisionLevel;
import vn.ntm.ocop.Ocop.NewProduct;
import vn.ntm.ocop.ProductGroup;
import vn.ntm.ocop.Rating;

/** The rows of products and their ratings; names of communes and standings come from the caller. */
@Component
class OcopStore {

	private static final String PRODUCT = """
			SELECT id, province_code, name, producer, commune_code, product_group, exported, version FROM ocop_product""";
	private static final String RATING = """
			SELECT id, product_id, stars, decision_number, decided_on, decision_level, expires_on, recorded_by, recorded_at
			FROM ocop_rating""";

	/** A product row before its ratings are read. */
	record Row(long id, String provinceCode, String name, String producer, String communeCode, ProductGroup group,
			boolean exported, long version) {
	}

	private final JdbcClient jdbc;

	OcopStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(NewProduct p, String by, Instant at) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO ocop_product (province_code, name, producer, commune_code, product_group, exported,
				    created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(p.provinceCode(), p.name(), p.producer(), p.communeCode(), p.group().name(),
					Boolean.TRUE.equals(p.exported()), by, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update(key, "id");
		return key.getKey().longValue();
	}

	Optional<Row> product(long id) {
		return jdbc.sql(PRODUCT + " WHERE id = ?").param(id).query((rs, n) -> row(rs)).optional();
	}

	List<Row> products(String province) {
		return jdbc.sql(PRODUCT + " WHERE province_code = ? ORDER BY commune_code, name, id").param(province)
			.query((rs, n) -> row(rs)).list();
	}

	/** Takes the product's version: false when it is no longer {@code expected} (someone rated it meanwhile). */
	boolean claim(long productId, long expected) {
		return jdbc.sql("UPDATE ocop_product SET version = version + 1 WHERE id = ? AND version = ?")
			.params(productId, expected).update() == 1;
	}

	long insertRating(long productId, int stars, String number, LocalDate decidedOn, DecisionLevel level,
			LocalDate expiresOn, String by, Instant at) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO ocop_rating (product_id, stars, decision_number, decided_on, decision_level, expires_on,
				    recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(productId, stars, number, decidedOn, level.name(), expiresOn, by,
					OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update(key, "id");
		return key.getKey().longValue();
	}

	List<Rating> ratings(long productId) {
		return jdbc.sql(RATING + " WHERE product_id = ? ORDER BY decided_on, id").param(productId)
			.query((rs, n) -> rating(rs)).list();
	}

	/** The ratings of every product of the province, oldest decision first. */
	List<Rating> ratingsOf(String province) {
		return jdbc.sql(RATING + " WHERE product_id IN (SELECT id FROM ocop_product WHERE province_code = ?)"
				+ " ORDER BY decided_on, id").param(province).query((rs, n) -> rating(rs)).list();
	}

	private static Row row(ResultSet rs) throws SQLException {
		return new Row(rs.getLong("id"), rs.getString("province_code"), rs.getString("name"), rs.getString("producer"),
				rs.getString("commune_code"), ProductGroup.valueOf(rs.getString("product_group")),
				rs.getBoolean("exported"), rs.getLong("version"));
	}

	private static Rating rating(ResultSet rs) throws SQLException {
		return new Rating(rs.getLong("id"), rs.getLong("product_id"), rs.getInt("stars"), rs.getString("decision_number"),
				rs.getObject("decided_on", LocalDate.class), DecisionLevel.valueOf(rs.getString("decision_level")),
				rs.getObject("expires_on", LocalDate.class), rs.getString("recorded_by"),
				rs.getObject("recorded_at", OffsetDateTime.class).toInstant());
	}
}
