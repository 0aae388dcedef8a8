package vn.ntm.criteria;

import java.math.BigDecimal;

import vn.ntm.geography.Region;
import vn.ntm.shared.VietnameseFormat;

/**
 * One threshold of an indicator: for a region (null: every region), a year (null: every year), a province
 * (null: the national level; a province may set stricter levels) and a commune group (null: every group; the
 * 2026–2030 set sets its levels by group N1, N2, N3 instead of by region). A null {@code value} means the threshold is not
 * known, which is never the same as "no threshold".
 *
 * @param source     where the value was read (document number and date, or a web address)
 * @param verified   true only when the value was checked against the legal text
 * @param demo       an illustrative threshold supplied by the demo data, never part of a reference set
 * @param relativeTo null for a stated value; otherwise the value is {@code factor ×} another set's threshold for the
 *                   same region and year, which the engine works out (unknown while that threshold is unknown)
 * @param number     {@code value} read as a number once, when the threshold is built (null when unknown or not a
 *                   number, e.g. "Đạt" or a choice); always derived from {@code value}, whatever is passed
 * @param communeGroup the commune group ({@code N1}, {@code N2}, {@code N3}) this level is for, or null for every group
 */
public record Threshold(Region region, Integer year, String provinceCode, String value, String source,
		boolean verified, boolean demo, Relative relativeTo, BigDecimal number, String communeGroup) {

	public Threshold {
		number = VietnameseFormat.parse(value);
	}

	public Threshold(Region region, Integer year, String provinceCode, String value, String source, boolean verified,
			boolean demo, Relative relativeTo, BigDecimal number) {
		this(region, year, provinceCode, value, source, verified, demo, relativeTo, number, null);
	}

	public Threshold(Region region, Integer year, String provinceCode, String value, String source, boolean verified,
			boolean demo, Relative relativeTo) {
		this(region, year, provinceCode, value, source, verified, demo, relativeTo, null);
	}

	public Threshold(Region region, Integer year, String provinceCode, String value, String source, boolean verified,
			boolean demo) {
		this(region, year, provinceCode, value, source, verified, demo, null, null);
	}

	/** This threshold for one commune group only. */
	public Threshold forGroup(String group) {
		return new Threshold(region, year, provinceCode, value, source, verified, demo, relativeTo, null, group);
	}

	public boolean known() {
		return value != null && !value.isBlank();
	}

	/** A threshold stated as a multiple of the threshold of indicator {@code indicatorCode} in set {@code setCode}. */
	public record Relative(String setCode, String indicatorCode, BigDecimal factor) {
	}
}
