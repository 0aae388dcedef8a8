package vn.ntm.geography;

import java.util.List;

/**
 * A province recorded commune groups (published inside the recording transaction): evaluations by group are
 * out of date for these communes.
 */
public record CommuneGroupsRecorded(String provinceCode, List<String> unitCodes) {

	public CommuneGroupsRecorded {
		unitCodes = List.copyOf(unitCodes);
	}
}
