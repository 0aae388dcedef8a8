/**
 * Administrative units (province, district, commune, village) as data with validity dates, their regions and flags,
 * the lineage of merges and splits (the 2024 Hà Tĩnh changes, the July 2025 reform), and name search that ignores
 * diacritics and the spelling variants the directives use. Units are identified by their GSO code; a code may mean
 * different units before and after 1 July 2025, so every lookup takes a date.
 */
@org.springframework.modulith.ApplicationModule(displayName = "geography")
package vn.ntm.geography;
