package vn.ntm.geography;

import java.util.Collection;
import java.util.List;

/**
 * The provinces this install serves (after the 2025 reform): set by {@code ntm.province} at start (a code, several,
 * or {@code all} for the national view) or by a system admin on the first-run page. Serving a province loads its
 * units after the reform, the old provinces that formed it until then, and the lineage between them. A province once
 * served stays served: the data recorded for its units refers to them.
 */
public interface Installation {

	/** The served provinces' codes, in code order; empty on a fresh install not yet set up. */
	List<String> servedProvinces();

	/** The 34 provinces after 1 July 2025 from the reference data, each with the old provinces that formed it. */
	List<ProvinceOption> provinces();

	/**
	 * Serves these provinces too and loads their units; audited.
	 *
	 * @throws InstallationRefused naming each code that is not a province after the reform; nothing is stored
	 */
	void serve(Collection<String> provinceCodes);

	/**
	 * @param formerProvinces the names of the old provinces merged into it (itself included when it kept its code)
	 * @param communes        its commune-level units after the reform
	 */
	record ProvinceOption(String code, String name, List<String> formerProvinces, int communes, boolean served) {
	}
}
