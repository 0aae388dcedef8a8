package vn.ntm.criteria;

import java.util.List;

import vn.ntm.shared.Message;

/**
 * Thrown when a criteria set file is invalid; {@link #problems()} names each field at fault, as messages of the
 * {@code criteria.problem.*} keys whose first argument is the path of the field, translated by the web layer.
 */
public class CriteriaSetRejected extends RuntimeException {

	private final List<Message> problems;

	public CriteriaSetRejected(List<Message> problems) {
		super("criteria set rejected: " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<Message> problems() {
		return problems;
	}
}
