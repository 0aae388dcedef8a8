package vn.ntm.identity.internal;

import java.util.List;

import vn.ntm.identity.Role;

/** A rejected change to an account: each problem is a message key with its arguments, naming the field. */
public final class UserRejected extends RuntimeException {

	private final List<Problem> problems;

	public UserRejected(List<Problem> problems) {
		super(problems.toString());
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return problems;
	}

	/** The message key of a role's name, for a problem that names a role. */
	public static String roleKey(Role role) {
		return "identity.role." + role.name();
	}

	/** One problem: a message key of the identity bundle and its arguments. */
	public record Problem(String key, Object... arguments) {
	}
}
