package vn.ntm.geography;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The geography module's entry point: administrative units as of a date, their hierarchy, lineage and name search. */
public interface Geography {

	/** The unit with this code valid on {@code asOf}. */
	Optional<AdministrativeUnit> find(String code, LocalDate asOf);

	/** The unit with this code valid on {@code asOf}, or else its last valid row (a unit abolished before that date). */
	Optional<AdministrativeUnit> findLatest(String code, LocalDate asOf);

	/** Units valid on {@code asOf} under {@code parentCode} (any depth) at {@code level}; either may be null for "any". */
	List<AdministrativeUnit> units(String parentCode, UnitLevel level, LocalDate asOf);

	/** Direct children valid on {@code asOf}. */
	List<AdministrativeUnit> children(String parentCode, LocalDate asOf);

	/** Units whose folded name (no diacritics, Đ as D, Đắk/Đăk, Ngọc/Ngọk alike) best matches {@code text}. */
	List<UnitMatch> search(String text, LocalDate asOf, int limit);

	/** Where this code's unit went (2025 reform, 2024 Hà Tĩnh changes). */
	List<UnitLineage> successors(String code);

	/** Which old units went into this one. */
	List<UnitLineage> predecessors(String code);

	record UnitMatch(AdministrativeUnit unit, double score) {
	}
}
