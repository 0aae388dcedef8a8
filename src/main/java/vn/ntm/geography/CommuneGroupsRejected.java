package vn.ntm.geography;

import java.util.List;

import vn.ntm.shared.Message;

/** Thrown when commune group rows are refused; nothing was stored. {@link #problems()} names each row at fault. */
public class CommuneGroupsRejected extends RuntimeException {

	private final List<Message> problems;

	public CommuneGroupsRejected(List<Message> problems) {
		super("commune groups rejected: " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<Message> problems() {
		return problems;
	}
}
