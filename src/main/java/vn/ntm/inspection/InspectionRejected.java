package vn.ntm.inspection;

import java.util.List;

import vn.ntm.shared.Message;

/** An inspection write refused; nothing was stored. {@link #problems()} names each field at fault. */
public class InspectionRejected extends RuntimeException {

	private final List<Message> problems;

	public InspectionRejected(List<Message> problems) {
		super("inspection rejected: " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<Message> problems() {
		return problems;
	}
}
