package vn.ntm.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a visit found in a unit, for a criterion (or a topic when {@code criterion} is null).
 *
 * @param reportedValue the value the unit reported that the team checked, with {@code valueHolds} false when what was
 *                      seen does not match it; the value itself is not changed (its owner corrects it, audited)
 * @param taskIds       the tasks recommended, whose completion allows closing the finding
 */
public record Finding(long id, long visitId, String unitCode, Integer criterion, String indicatorCode, String text,
		String reportedValue, Boolean valueHolds, String evidenceName, String recordedBy, Instant recordedAt,
		LocalDate closedOn, List<Long> taskIds, long version) {

	public Finding {
		taskIds = List.copyOf(taskIds);
	}

	public boolean closed() {
		return closedOn != null;
	}
}
