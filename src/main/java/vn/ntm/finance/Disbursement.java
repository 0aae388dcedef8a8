package vn.ntm.finance;

import java.time.Instant;
import java.time.LocalDate;

import vn.ntm.shared.Money;

/** Money paid out of an allocation on a day, against a payment document (chứng từ). */
public record Disbursement(long id, long allocationId, Money amount, LocalDate paidOn, String documentNumber,
		String recordedBy, Instant recordedAt) {
}
