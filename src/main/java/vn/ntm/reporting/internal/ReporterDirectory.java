package vn.ntm.reporting.internal;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Who reports in a province and who the current and responsible users are, from organization and identity. */
public interface ReporterDirectory {

	/**
	 * Departments with assigned criteria, then the committees below the province (districts' until the district tier
	 * ended, communes' after), then the coordination office.
	 */
	List<Reporter> reporters(String provinceCode, YearMonth month);

	default Optional<Reporter> find(String provinceCode, YearMonth month, String code) {
		return reporters(provinceCode, month).stream().filter(r -> r.code().equals(code)).findFirst();
	}

	/** Codes of the reporters the current user reports for in the province in {@code month}. */
	Set<String> reportersOfCurrentUser(String provinceCode, YearMonth month);

	/** The provinces the current user works in (from the scope of their roles). */
	List<String> provincesOfCurrentUser();

	/** True when the current user follows every reporter of the province (coordination office, leaders, admins). */
	boolean overseesProvince(String provinceCode);

	/** The users whose role scope is the reporter's organization (or district), with their email when known. */
	List<Recipient> responsibleUsers(Reporter reporter);

	record Recipient(String username, String displayName, String email) {
	}
}
