package vn.ntm.ocop;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A star rating of a product by a decision (quyết định công nhận). Its certificate is in force from {@code decidedOn}
 * to the day before {@code expiresOn}; a later rating of the product replaces it from the later one's date.
 *
 * @param expiresOn the first day the certificate is no longer valid (the decision date plus the validity)
 */
public record Rating(long id, long productId, int stars, String decisionNumber, LocalDate decidedOn,
		DecisionLevel level, LocalDate expiresOn, String recordedBy, Instant recordedAt) {
}
