package vn.ntm.organization;

import java.util.List;

import vn.ntm.shared.Message;

/**
 * A change to the organizations (an end with successors, an imported sheet) refused as a whole: nothing was stored.
 * Each problem names the row and column (for a sheet) or the field, untranslated.
 */
public class OrganizationsRefused extends RuntimeException {

	private final transient List<Message> problems;

	public OrganizationsRefused(List<Message> problems) {
		super(problems.stream().map(Message::key).toList().toString());
		this.problems = List.copyOf(problems);
	}

	public List<Message> problems() {
		return problems;
	}
}
