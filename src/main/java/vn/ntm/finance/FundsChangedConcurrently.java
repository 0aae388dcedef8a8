package vn.ntm.finance;

/** Someone disbursed from the allocation since the version the user read: nothing was stored. */
public class FundsChangedConcurrently extends RuntimeException {

	public FundsChangedConcurrently(long allocationId) {
		super("allocation " + allocationId + " changed meanwhile");
	}
}
