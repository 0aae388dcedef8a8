package vn.ntm.finance;

import java.util.List;

import vn.ntm.shared.Message;

/** A funds write refused; nothing was stored. {@link #problems()} names each field at fault. */
public class FundsRejected extends RuntimeException {

	private final List<Message> problems;

	public FundsRejected(List<Message> problems) {
		super("funds rejected: " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<Message> problems() {
		return problems;
	}
}
