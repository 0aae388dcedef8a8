package vn.ntm.emulation.internal;

import java.util.List;

import org.springframework.web.util.UriComponentsBuilder;

import vn.ntm.emulation.MeasureRule;
import vn.ntm.emulation.rules.Scoring.Count;
import vn.ntm.organization.Organization;
import vn.ntm.reporting.Timeliness;
import vn.ntm.reporting.Timeliness.Status;
import vn.ntm.tasks.Tasks.OwnerRecord;

/** What each {@link MeasureRule} counts for one department, and the page that lists what was counted. */
final class Measures {

	private Measures() {
	}

	/** @param record null for a department without tasks due in the year */
	static Count count(MeasureRule rule, List<Timeliness> reports, OwnerRecord record) {
		return switch (rule) {
			case REPORTS_ON_TIME -> new Count((int) reports.stream().filter(t -> t.status() == Status.ON_TIME).count(),
					(int) reports.stream().filter(t -> t.status() != Status.PENDING).count());
			case TASKS_DONE_ON_TIME -> record == null ? new Count(0, 0)
					: new Count(record.doneOnTime(), record.doneOnTime() + record.doneLate() + record.overdue());
		};
	}

	static String evidence(MeasureRule rule, String provinceCode, Organization unit, int year) {
		return switch (rule) {
			case REPORTS_ON_TIME -> UriComponentsBuilder.fromPath("/reporting/year").queryParam("unit", provinceCode)
				.queryParam("reporter", unit.shortCode()).queryParam("year", year).build().toUriString();
			case TASKS_DONE_ON_TIME -> UriComponentsBuilder.fromPath("/tasks").queryParam("province", provinceCode)
				.queryParam("owner", unit.id()).build().toUriString();
		};
	}
}
