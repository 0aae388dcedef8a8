package vn.ntm.exchange.internal;

/**
 * Bounds on what an uploaded workbook may hold, so a hostile file costs bounded memory and time.
 *
 * @param maxRows        data rows per sheet (a national sheet has about 10,000 communes)
 * @param maxColumns     cells per row
 * @param maxCellLength  characters in one cell
 * @param maxEntryBytes  uncompressed bytes of any part of the workbook
 * @param minInflateRatio smallest compressed/uncompressed ratio accepted (below: a zip bomb)
 * @param maxSharedChars characters in the shared strings table
 * @param maxErrors      errors listed before the rest are only counted
 */
public record ImportLimits(int maxRows, int maxColumns, int maxCellLength, long maxEntryBytes, double minInflateRatio,
		long maxSharedChars, int maxErrors) {

	public static ImportLimits defaults() {
		return new ImportLimits(20_000, 300, 1_000, 200L * 1024 * 1024, 0.01, 16L * 1024 * 1024, 500);
	}
}
