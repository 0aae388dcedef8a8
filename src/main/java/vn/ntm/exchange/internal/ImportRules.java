package vn.ntm.exchange.internal;

import java.util.List;
import java.util.Optional;

import vn.ntm.criteria.CriteriaSet;
import vn.ntm.geography.AdministrativeUnit;

/** What the reader asks the rest of the system while it validates rows: supplied by the service, faked in tests. */
public interface ImportRules {

	CriteriaSet set();

	/** The unit with this code at the period's end. */
	Optional<AdministrativeUnit> unit(String code);

	/** Close matches for an unknown code, e.g. {@code Xã Đăk Mar (23512)}, by the name on the row. */
	List<String> suggestions(String code, String name);

	/** The unit lies in the template's area and the user may read it. */
	boolean inScope(AdministrativeUnit unit);

	/** The user may write this criterion's values for the unit. */
	boolean canWrite(AdministrativeUnit unit, int criterionNumber);
}
