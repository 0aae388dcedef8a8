package vn.ntm.geography;

import java.util.List;

import vn.ntm.shared.Message;

/** Thrown when provinces to serve are refused; nothing was stored. {@link #problems()} names each code at fault. */
public class InstallationRefused extends RuntimeException {

	private final List<Message> problems;

	public InstallationRefused(List<Message> problems) {
		super("provinces refused: " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<Message> problems() {
		return problems;
	}
}
