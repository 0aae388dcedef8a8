package vn.ntm.reporting;

import java.util.List;

/**
 * A read-only view of the reporting regime for other modules (the emulation ranking): the obligations of a year with
 * their timeliness as of now, limited to the reporters the current user may follow.
 */
public interface ReportingRecords {

	/** Each obligation of the province's reporters in the twelve months of {@code year} that the user may see. */
	List<Timeliness> year(String provinceCode, int year);
}
