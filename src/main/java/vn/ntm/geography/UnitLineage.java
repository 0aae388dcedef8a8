package vn.ntm.geography;

import java.time.LocalDate;

/**
 * An old unit's successor after a merge, split or move: the 2025 reform mapping, or a pre-2025 change.
 *
 * @param kind {@code full} when the whole old unit went into the new one, {@code partial} for a split
 */
public record UnitLineage(String oldCode, String newCode, LocalDate effectiveOn, String kind) {
}
