package vn.ntm.geography;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The commune groups of the 2026–2030 criteria set (Quyết định 51/2025/QĐ-TTg: N1 near towns, N3 ethnic minority and
 * mountain areas II and III, N2 the others), as data with validity dates, recorded from the province's decision.
 */
public interface CommuneGroups {

	/** The three groups, in order. */
	List<String> GROUPS = List.of("N1", "N2", "N3");

	/** The group of the commune on {@code date}, or empty when none was recorded for that date. */
	Optional<String> group(String unitCode, LocalDate date);

	/** Every group row of the province's communes, by commune code then start date. */
	List<CommuneGroup> ofProvince(String provinceCode);

	/**
	 * Records the rows of a province's decision, all or nothing: each row starts the commune's group on its date (a
	 * row already starting on that date is replaced; the group before it ends the day before). Each change is audited.
	 *
	 * @return the rows as stored
	 * @throws CommuneGroupsRejected naming each bad row (unknown code, a unit not a commune of the province on the
	 *                               date, a group not N1/N2/N3, a duplicate row, a bad or missing date or document)
	 */
	List<CommuneGroup> record(String provinceCode, List<Entry> entries, String recordedBy);

	/** One stored stretch of a commune's group; {@code validTo} null while in force. */
	record CommuneGroup(String unitCode, String groupCode, LocalDate validFrom, LocalDate validTo, String document,
			String provinceCode) {

		public boolean validOn(LocalDate date) {
			return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
		}
	}

	/**
	 * One row as the office typed it (texts, checked by {@link #record}).
	 *
	 * @param row       the row number the user sees (sheet row or form line), named in problems
	 * @param validFrom dd/MM/yyyy or yyyy-MM-dd
	 */
	record Entry(int row, String unitCode, String unitName, String groupCode, String validFrom, String document) {
	}

	/** The groups a code may take. */
	static boolean isGroup(String code) {
		return code != null && Set.copyOf(GROUPS).contains(code);
	}
}
