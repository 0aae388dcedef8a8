package vn.ntm.ocop;

/** Someone rated or changed the product since the version the user read: nothing was stored. */
public class OcopChangedConcurrently extends RuntimeException {

	public OcopChangedConcurrently(long productId) {
		super("ocop product " + productId + " changed meanwhile");
	}
}
