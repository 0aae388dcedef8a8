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

	/**
	 * Every row of a code, oldest first: the unit as it was before and after a reorganisation that kept the code
	 * (in 2025 a code may move to another province, e.g. Đăk Mar 23512 from Kon Tum to Quảng Ngãi).
	 */
	List<AdministrativeUnit> versions(String code);

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

	/** The editable settings of one unit row, with the version to send back to {@link #updateProfile}. */
	Optional<UnitProfile> profile(String code, LocalDate validFrom);

	/**
	 * Sets a unit row's region override (null: the province's region) and its especially-difficult flag, and records
	 * the change in the audit log.
	 *
	 * @param validFrom       which row of the code, as in {@link AdministrativeUnit#validFrom()} (null for the earliest)
	 * @param expectedVersion the version read with {@link #profile}
	 * @throws org.springframework.dao.OptimisticLockingFailureException when someone changed the row meanwhile
	 * @throws org.springframework.dao.EmptyResultDataAccessException    when there is no such row
	 */
	UnitProfile updateProfile(String code, LocalDate validFrom, Region regionOverride, boolean especiallyDifficult,
			long expectedVersion);

	/**
	 * The commune group (N1, N2, N3 of the 2026–2030 criteria set) of the unit on {@code date}, as the province
	 * decided it; empty when none is recorded for that date (the unit is then judged "threshold unknown" where the
	 * set's levels go by group). Recorded through {@link CommuneGroups}.
	 */
	Optional<String> communeGroup(String unitCode, LocalDate date);

	/** A name search result; {@code score} is 1.0 for an equal folded name, lower for similar ones. */
	record UnitMatch(AdministrativeUnit unit, double score) {
	}

	/** @param regionOverride the region set for this unit, or null when it takes its province's */
	record UnitProfile(String code, LocalDate validFrom, Region regionOverride, boolean especiallyDifficult,
			long version) {
	}
}
