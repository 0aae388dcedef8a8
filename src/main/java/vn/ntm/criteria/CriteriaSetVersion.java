package vn.ntm.criteria;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where a stored version of a criteria set came from: the document its thresholds were taken from, who imported it
 * and when, and the checksum of the file.
 *
 * @param provinceCode   null for a national version
 * @param documentNumber the document the thresholds come from, e.g. {@code 1234/QĐ-UBND}, or null
 * @param demo           the whole version is illustrative demo data
 */
public record CriteriaSetVersion(String code, int version, String provinceCode, String documentNumber,
		LocalDate documentDate, boolean demo, String importedBy, Instant importedAt, String checksum) {
}
