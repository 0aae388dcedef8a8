package vn.ntm.criteria;

import java.util.List;

/** Thrown when a criteria set file is invalid; {@link #problems()} names each field at fault. */
public class CriteriaSetRejected extends RuntimeException {

	private final List<String> problems;

	public CriteriaSetRejected(List<String> problems) {
		super("criteria set rejected: " + String.join("; ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return problems;
	}
}
