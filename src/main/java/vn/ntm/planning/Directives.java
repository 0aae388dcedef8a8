package vn.ntm.planning;

import java.time.LocalDate;

/** Reading the text of a directive into its targets and tasks, as a preview: nothing is stored. */
public interface Directives {

	/**
	 * Reads a directive's text (pasted, from a .docx or from OCR) and matches its target names against the units
	 * valid on {@code asOf} the user reads, within the province if given.
	 */
	DirectiveReading read(String text, LocalDate asOf, String provinceCode);
}
