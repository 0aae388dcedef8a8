package vn.ntm.criteria.yaml;

import java.time.LocalDate;

import vn.ntm.criteria.CriteriaSet;

/**
 * A set as read from its file, before it is stored (its version is 0 until then).
 *
 * @param versionOf      the code of the set this file is a new version of, or null
 * @param documentNumber the document the thresholds come from (a province's decision, the official annex), or null
 * @param demo           the whole set is illustrative demo data
 * @param checksum       SHA-256 of the file text
 */
public record ReadSet(CriteriaSet set, String versionOf, String documentNumber, LocalDate documentDate, boolean demo,
		String checksum) {
}
