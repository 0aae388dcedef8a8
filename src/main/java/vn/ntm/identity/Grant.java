package vn.ntm.identity;

/**
 * A role held by a user with its scope: a unit code, or an organization id for departments and sponsors, or empty
 * for system admins.
 */
public record Grant(Role role, String scope) {

	public Grant {
		scope = scope == null ? "" : scope.trim();
	}

	public static Grant parse(String text) {
		String[] parts = text.trim().split("[:\\s]+", 2);
		return new Grant(Role.valueOf(parts[0].trim().toUpperCase(java.util.Locale.ROOT)),
				parts.length > 1 ? parts[1] : "");
	}

	@Override
	public String toString() {
		return scope.isEmpty() ? role.name() : role.name() + ":" + scope;
	}
}
