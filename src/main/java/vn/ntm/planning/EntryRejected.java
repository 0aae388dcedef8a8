package vn.ntm.planning;

import java.util.List;

/**
 * What a user typed into a planning form or request could not be stored; nothing was. Each reason names the field
 * and a message code; the web layer words it as {@code planning.error.<code>} with the field's label
 * {@code planning.field.<field>}.
 */
public class EntryRejected extends RuntimeException {

	private final List<Reason> reasons;

	public EntryRejected(List<Reason> reasons) {
		super(reasons.size() + " field(s) rejected: " + reasons);
		this.reasons = List.copyOf(reasons);
	}

	public List<Reason> reasons() {
		return reasons;
	}

	/** @param code e.g. {@code required}, {@code not-a-number}, {@code negative} */
	public record Reason(String field, String code) {
	}
}
