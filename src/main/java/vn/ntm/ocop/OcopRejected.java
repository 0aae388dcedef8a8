package vn.ntm.ocop;

import java.util.List;

import vn.ntm.shared.Message;

/** An OCOP write refused; nothing was stored. {@link #problems()} names each field at fault. */
public class OcopRejected extends RuntimeException {

	private final List<Message> problems;

	public OcopRejected(List<Message> problems) {
		super("ocop rejected: " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<Message> problems() {
		return problems;
	}
}
