package vn.ntm.planning;

import java.util.List;

import vn.ntm.shared.Message;

/** A confirmation of a directive refused as a whole; nothing was stored. Each problem names its row. */
public class DirectiveRefused extends RuntimeException {

	/**
	 * @param row   where the problem is, as a path into the confirmation ("tasks[1]", "targets[0].units[2]")
	 * @param label the row as the user knows it ("Task 2 «Rà soát…»")
	 */
	public record Problem(String row, Message label, Message message) {
	}

	private final List<Problem> problems;

	public DirectiveRefused(List<Problem> problems) {
		super("directive refused: " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return problems;
	}
}
