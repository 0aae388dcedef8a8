package vn.ntm.planning;

import java.time.LocalDate;

/** Reading the text of a directive into its targets and tasks, as a preview: nothing is stored. */
public interface Directives {

	/**
	 * Reads a directive's text (pasted, from a .docx or from OCR) and matches its target names against the units the
	 * user reads, within the province if given, valid on the directive's date (the units it named then), or on
	 * {@code asOf} when the text has no date line.
	 */
	DirectiveReading read(String text, LocalDate asOf, String provinceCode);
}
