package vn.ntm.tasks;

import java.util.List;

import vn.ntm.shared.Message;

/** A task or an update refused; nothing was stored. {@link #problems()} names each field at fault. */
public class TaskRejected extends RuntimeException {

	private final List<Message> problems;

	public TaskRejected(List<Message> problems) {
		super("task rejected: " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<Message> problems() {
		return problems;
	}
}
