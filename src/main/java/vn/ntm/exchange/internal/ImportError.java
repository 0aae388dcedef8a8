package vn.ntm.exchange.internal;

/**
 * One problem found in an uploaded workbook.
 *
 * @param sheet  the sheet name, or null for the file as a whole
 * @param row    the 1-based row number as Excel shows it, or 0
 * @param column the column letter as Excel shows it, or null
 * @param code   a stable machine code, e.g. {@code not-a-number}
 */
public record ImportError(String sheet, int row, String column, String code, String message) {

	public String location() {
		if (sheet == null) return "";
		return column == null ? (row > 0 ? sheet + "!" + row : sheet) : sheet + "!" + column + row;
	}
}
