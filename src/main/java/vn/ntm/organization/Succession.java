package vn.ntm.organization;

import java.time.LocalDate;

/**
 * An organization that ended and one of its successors, which takes over its criterion assignments, obligations and
 * supported units from {@code effectiveOn} (the day after the predecessor's last day). The successor may be in
 * another province (Kon Tum's departments went to the new Quảng Ngãi on 1 July 2025).
 */
public record Succession(long predecessorId, long successorId, LocalDate effectiveOn) {
}
