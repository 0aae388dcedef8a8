package vn.ntm.recognition;

import vn.ntm.shared.Message;

/**
 * A dossier action refused with its reason; nothing was changed.
 *
 * @param existing what the refusal names (the decision already recorded under that number), else null
 */
public class DossierRefused extends RuntimeException {

	/** Why: answered 403, 404, 409 and 422 on the web. */
	public enum Kind {
		FORBIDDEN, NOT_FOUND, CONFLICT, INVALID
	}

	private final Kind kind;
	private final transient Message reason;
	private final transient Object existing;

	public DossierRefused(Kind kind, Message reason) {
		this(kind, reason, null);
	}

	public DossierRefused(Kind kind, Message reason, Object existing) {
		super(reason.key() + " " + reason.args());
		this.kind = kind;
		this.reason = reason;
		this.existing = existing;
	}

	public Kind kind() {
		return kind;
	}

	public Message reason() {
		return reason;
	}

	public Object existing() {
		return existing;
	}
}
