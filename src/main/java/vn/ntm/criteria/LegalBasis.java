package vn.ntm.criteria;

import java.time.LocalDate;

/** The document a criteria set (or a version of it) comes from: e.g. Quyết định 318/QĐ-TTg of 08/03/2022, Phụ lục I. */
public record LegalBasis(String document, LocalDate date, String annex, String source) {
}
