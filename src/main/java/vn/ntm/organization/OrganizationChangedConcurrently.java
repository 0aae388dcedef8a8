package vn.ntm.organization;

/** Someone saved the organization or assignment after the user opened it; their change is kept, this one refused. */
public class OrganizationChangedConcurrently extends RuntimeException {

	public OrganizationChangedConcurrently(String what) {
		super(what + " was changed by someone else since it was opened");
	}
}
