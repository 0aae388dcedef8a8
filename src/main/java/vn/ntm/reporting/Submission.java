package vn.ntm.reporting;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * One revision of a reporter's report of a month: the form pre-filled from the data in the reporter's scope, the
 * narrative sections and the attachments. Revision 1 is the first report; a correction is a new revision and the
 * earlier ones stay as they were submitted.
 */
public record Submission(long id, String provinceCode, String reporterCode, String reporterName, YearMonth month,
		int revision, State state, boolean quarterEnd, Prefill prefill, String results, String difficulties,
		String proposals, List<Attachment> attachments, String createdBy, Instant createdAt, String submittedBy,
		Instant submittedAt, long version) {

	public enum State { DRAFT, SUBMITTED }

	/**
	 * What the data says about the month in the reporter's scope.
	 *
	 * @param criteria    the criteria the reporter answers for (empty: all, for a district)
	 * @param changes     communes whose values changed in the month or whose criteria were newly met or lost
	 * @param targets     progress of the year's target units; empty until a plan is available
	 */
	public record Prefill(String setCode, List<Integer> criteria, int communes, int communesMeetingAll,
			int communesMeetingAllBefore, List<CommuneChange> changes, List<String> targets) {
	}

	public record CommuneChange(String unitCode, String unitName, String districtName, int valuesRecorded,
			List<Integer> criteriaNewlyMet, List<Integer> criteriaLost) {
	}

	public record Attachment(long id, String filename, String mediaType, long size) {
	}
}
