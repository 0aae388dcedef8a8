package vn.ntm.identity;

import java.util.List;

/**
 * Who holds which role, for modules that address people (reminders) or act for the signed-in user's organization
 * or area. Complements {@link Access}, which answers yes/no questions about units.
 */
public interface Directory {

	/** The signed-in user's roles with their scopes; empty for an anonymous caller. */
	List<Grant> currentGrants();

	/**
	 * The organizations the signed-in user acts for in the province on the day: a department officer's department
	 * (and, after a merger, its successors in force), a committee officer's committee, the coordination office's own
	 * office. Empty for readers (leaders, sponsors) and for admins, who act for none.
	 */
	java.util.Set<Long> organizationsOfCurrentUser(String provinceCode, java.time.LocalDate day);

	/** Enabled users holding exactly this role with exactly this scope (a unit code or an organization id). */
	List<Person> holders(Role role, String scope);

	/** Sets (or clears, with null) the address reminders are sent to; recorded in the audit log. */
	void setEmail(String username, String email);

	/** The address reminders go to, if the user gave one. */
	java.util.Optional<String> email(String username);

	/** @param email null when the user has none */
	record Person(String username, String displayName, String email) {
	}
}
