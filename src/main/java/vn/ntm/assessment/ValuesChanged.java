package vn.ntm.assessment;

/**
 * The values of a unit, period and set are no longer those the client read ({@code If-Match} names another tag);
 * nothing was stored. {@link #currentTag()} is the tag of the values stored now.
 */
public class ValuesChanged extends RuntimeException {

	private final String currentTag;

	public ValuesChanged(String currentTag) {
		super("the values changed since the client read them (now " + currentTag + ")");
		this.currentTag = currentTag;
	}

	public String currentTag() {
		return currentTag;
	}
}
