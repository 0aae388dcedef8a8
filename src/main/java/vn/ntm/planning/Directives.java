package vn.ntm.planning;

import java.time.LocalDate;

/** Reading the text of a directive into its targets and tasks, as a preview (nothing stored), and confirming it. */
public interface Directives {

	/**
	 * Reads a directive's text (pasted, from a .docx or from OCR) and matches its target names against the units the
	 * user reads, within the province if given, valid on the directive's date (the units it named then), or on
	 * {@code asOf} when the text has no date line.
	 */
	DirectiveReading read(String text, LocalDate asOf, String provinceCode);

	/**
	 * Stores a corrected preview in one transaction: the named targets added to the province's plan of the year (which
	 * must exist) and each task assigned ({@code vn.ntm.tasks.Tasks#assign}). Only the province's coordination office
	 * (or an admin); audited.
	 *
	 * @throws DirectiveRefused naming every row at fault (an unknown unit, a task without owner, a deadline before
	 *                          the directive's date); nothing stored
	 */
	DirectiveConfirmation.Confirmed confirm(DirectiveConfirmation confirmation);
}
