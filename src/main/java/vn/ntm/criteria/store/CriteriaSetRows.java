package vn.ntm.criteria.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import vn.ntm.criteria.Comparison;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.CriteriaSetVersion;
import vn.ntm.criteria.Criterion;
import vn.ntm.criteria.Indicator;
import vn.ntm.criteria.LegalBasis;
import vn.ntm.criteria.SetLevel;
import vn.ntm.criteria.Threshold;
import vn.ntm.criteria.Tier;
import vn.ntm.criteria.ValueType;
import vn.ntm.criteria.yaml.ReadSet;
import vn.ntm.geography.Region;

/** The tables of the stored versions: a version with its criteria, indicators and thresholds, written and read whole. */
@Repository
class CriteriaSetRows {

	private final JdbcClient jdbc;

	CriteriaSetRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long maxId() {
		return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM criteria_set_version").query(Long.class).single();
	}

	boolean hasChecksum(String code, String checksum) {
		return jdbc.sql("SELECT COUNT(*) FROM criteria_set_version WHERE code = ? AND checksum = ?")
			.params(code, checksum).query(Long.class).single() > 0;
	}

	boolean exists(String code) {
		return jdbc.sql("SELECT COUNT(*) FROM criteria_set_version WHERE code = ?").param(code)
			.query(Long.class).single() > 0;
	}

	/** Inserts {@code read} as the next version of its code and returns that version number. */
	int insert(ReadSet read, String sourceText, String importedBy, OffsetDateTime importedAt) {
		CriteriaSet set = read.set();
		int version = jdbc.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM criteria_set_version WHERE code = ?")
			.param(set.code()).query(Integer.class).single();
		LegalBasis legal = set.legalBasis();
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO criteria_set_version (code, version, province_code, name_vi, name_en, set_level, tier,
				  valid_from, valid_to, requires_code, legal_document, legal_date, legal_annex, legal_source,
				  document_number, document_date, demo, source_text, checksum, imported_by, imported_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(set.code(), version, set.provinceCode(), set.nameVi(), set.nameEn(), set.level().name(),
					set.tier().name(), set.validFrom(), set.validTo(), set.requiresSetCode(),
					legal == null ? null : legal.document(), legal == null ? null : legal.date(),
					legal == null ? null : legal.annex(), legal == null ? null : legal.source(), read.documentNumber(),
					read.documentDate(), read.demo(), sourceText, read.checksum(), importedBy,
					importedAt)
			.update(key, "id");
		long setId = key.getKey().longValue();
		int cp = 0;
		for (Criterion c : set.criteria()) {
			KeyHolder ck = new GeneratedKeyHolder();
			jdbc.sql("INSERT INTO criteria_criterion (set_version_id, position, number, group_code, name_vi, name_en) "
					+ "VALUES (?, ?, ?, ?, ?, ?)")
				.params(setId, cp++, c.number(), c.group(), c.nameVi(), c.nameEn()).update(ck, "id");
			long criterionId = ck.getKey().longValue();
			int ip = 0;
			for (Indicator i : c.indicators()) {
				KeyHolder ik = new GeneratedKeyHolder();
				jdbc.sql("""
						INSERT INTO criteria_indicator (criterion_id, position, code, name_vi, name_en, unit, value_type,
						  comparison, choices, unverified, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
					.params(criterionId, ip++, i.code(), i.nameVi(), i.nameEn(), i.unit(), i.valueType().name(),
							i.comparison().name(), i.choices().isEmpty() ? null : String.join("\n", i.choices()),
							i.unverified(), i.note())
					.update(ik, "id");
				long indicatorId = ik.getKey().longValue();
				int tp = 0;
				for (Threshold t : i.thresholds()) {
					jdbc.sql("""
							INSERT INTO criteria_threshold (indicator_id, position, region, for_year, province_code,
							  value_text, source, verified, demo, relative_set_code, relative_indicator_code,
							  relative_factor, commune_group) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
						.params(indicatorId, tp++, t.region() == null ? null : t.region().name(), t.year(),
								t.provinceCode(), t.value(), t.source(), t.verified(), t.demo(),
								t.relativeTo() == null ? null : t.relativeTo().setCode(),
								t.relativeTo() == null ? null : t.relativeTo().indicatorCode(),
								t.relativeTo() == null ? null : t.relativeTo().factor(), t.communeGroup())
						.update();
				}
			}
		}
		return version;
	}

	private record Row<T>(long parentId, long id, T value) {
	}

	List<StoredCriteriaSets.Stored> load() {
		Map<Long, List<Threshold>> thresholds = jdbc.sql("""
				SELECT indicator_id, id, region, for_year, province_code, value_text, source, verified, demo,
				  relative_set_code, relative_indicator_code, relative_factor, commune_group
				FROM criteria_threshold ORDER BY indicator_id, position""")
			.query((rs, n) -> new Row<>(rs.getLong(1), rs.getLong(2),
					new Threshold(rs.getString(3) == null ? null : Region.valueOf(rs.getString(3)),
							(Integer) rs.getObject(4, Integer.class), rs.getString(5), rs.getString(6), rs.getString(7),
							rs.getBoolean(8), rs.getBoolean(9), rs.getString(10) == null ? null
									: new Threshold.Relative(rs.getString(10), rs.getString(11),
											rs.getBigDecimal(12).stripTrailingZeros()), null, rs.getString(13))))
			.list().stream().collect(Collectors.groupingBy(Row::parentId, LinkedHashMap::new,
					Collectors.mapping(Row::value, Collectors.toList())));
		Map<Long, List<Indicator>> indicators = jdbc.sql("""
				SELECT criterion_id, id, code, name_vi, name_en, unit, value_type, comparison, choices, unverified, note
				FROM criteria_indicator ORDER BY criterion_id, position""")
			.query((rs, n) -> {
				long id = rs.getLong(2);
				String choices = rs.getString(9);
				return new Row<>(rs.getLong(1), id, new Indicator(rs.getString(3), rs.getString(4), rs.getString(5),
						rs.getString(6), ValueType.valueOf(rs.getString(7)), Comparison.valueOf(rs.getString(8)),
						choices == null ? List.of() : Arrays.asList(choices.split("\n")),
						thresholds.getOrDefault(id, List.of()), rs.getBoolean(10), rs.getString(11)));
			})
			.list().stream().collect(Collectors.groupingBy(Row::parentId, LinkedHashMap::new,
					Collectors.mapping(Row::value, Collectors.toList())));
		Map<Long, List<Criterion>> criteria = jdbc.sql("""
				SELECT set_version_id, id, number, group_code, name_vi, name_en
				FROM criteria_criterion ORDER BY set_version_id, position""")
			.query((rs, n) -> new Row<>(rs.getLong(1), rs.getLong(2), new Criterion(rs.getInt(3), rs.getString(4),
					rs.getString(5), rs.getString(6), indicators.getOrDefault(rs.getLong(2), List.of()))))
			.list().stream().collect(Collectors.groupingBy(Row::parentId, LinkedHashMap::new,
					Collectors.mapping(Row::value, Collectors.toList())));
		return jdbc.sql("""
				SELECT id, code, version, province_code, name_vi, name_en, set_level, tier, valid_from, valid_to,
				  requires_code, legal_document, legal_date, legal_annex, legal_source, document_number, document_date,
				  demo, checksum, imported_by, imported_at
				FROM criteria_set_version ORDER BY code, version""")
			.query((rs, n) -> stored(rs, criteria.getOrDefault(rs.getLong("id"), List.of()))).list();
	}

	private static StoredCriteriaSets.Stored stored(ResultSet rs, List<Criterion> criteria) throws SQLException {
		LegalBasis legal = rs.getString("legal_document") == null && rs.getDate("legal_date") == null ? null
				: new LegalBasis(rs.getString("legal_document"), localDate(rs, "legal_date"), rs.getString("legal_annex"),
						rs.getString("legal_source"));
		CriteriaSet set = new CriteriaSet(rs.getString("code"), rs.getInt("version"), rs.getString("name_vi"),
				rs.getString("name_en"), SetLevel.valueOf(rs.getString("set_level")), Tier.valueOf(rs.getString("tier")),
				localDate(rs, "valid_from"), localDate(rs, "valid_to"), legal, rs.getString("requires_code"),
				rs.getString("province_code"), criteria);
		Timestamp at = rs.getTimestamp("imported_at");
		CriteriaSetVersion info = new CriteriaSetVersion(set.code(), set.version(), set.provinceCode(),
				rs.getString("document_number"), localDate(rs, "document_date"), rs.getBoolean("demo"),
				rs.getString("imported_by"), at == null ? null : at.toInstant(), rs.getString("checksum"));
		return new StoredCriteriaSets.Stored(set, info);
	}

	private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}
}

