package vn.ntm.planning;

/**
 * Someone changed or deleted the sponsorship after the user opened it; their change is kept, this one refused.
 *
 * @see Sponsorships#update
 */
public class SponsorshipConflict extends RuntimeException {

	private final transient Sponsorship current;

	/** @param current the stored sponsorship now, or null when it was deleted */
	public SponsorshipConflict(long id, Sponsorship current) {
		super("sponsorship " + id + " was changed by someone else since it was opened");
		this.current = current;
	}

	public Sponsorship current() {
		return current;
	}
}
