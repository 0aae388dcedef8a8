package vn.ntm.assessment;

import java.util.List;

/** Someone changed these values since the client read them; nothing was stored. */
public class ValueConflict extends RuntimeException {

	private final List<Conflict> conflicts;

	public ValueConflict(List<Conflict> conflicts) {
		super(conflicts.size() + " value(s) changed by someone else");
		this.conflicts = List.copyOf(conflicts);
	}

	public List<Conflict> conflicts() {
		return conflicts;
	}

	/** The value now stored, next to the one the client wanted to write. */
	public record Conflict(String indicator, long expectedVersion, long currentVersion, String currentValue,
			String currentBy, String yourValue) {
	}
}
