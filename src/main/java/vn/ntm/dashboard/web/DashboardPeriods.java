package vn.ntm.dashboard.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.RequestScope;
import org.springframework.web.server.ResponseStatusException;

import vn.ntm.assessment.Assessments;
import vn.ntm.assessment.UnknownUnit;
import vn.ntm.shared.Period;

/**
 * The periods of one request, read once from the data: those with values in the user's scope (their start unit, or
 * the area shown when they have none), oldest first; the latest is the default "now" every page of the user agrees
 * on. With no data at all, the current year.
 */
@Component
@RequestScope
class DashboardPeriods {

	private final Assessments assessments;
	private final DashboardScope scope;
	private final Clock clock;
	private List<Period> withData;

	DashboardPeriods(Assessments assessments, DashboardScope scope, Clock clock) {
		this.assessments = assessments;
		this.scope = scope;
		this.clock = clock;
	}

	/** The periods with data in the user's scope, oldest first (the picker's choices and the trend's points). */
	List<Period> all(String area) {
		if (withData == null) {
			List<Period> found;
			try {
				found = assessments.periodsWithData(scope.home().orElse(area));
			}
			catch (UnknownUnit e) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND, "unknown unit " + e.code());
			}
			withData = found.isEmpty() ? List.of(Period.year(LocalDate.now(clock).getYear())) : found;
		}
		return withData;
	}

	/** The period asked for, or the latest with data; 400 when malformed. */
	Period chosen(String text, String area) {
		if (text == null || text.isBlank()) {
			return all(area).getLast();
		}
		try {
			return Period.parse(text);
		}
		catch (IllegalArgumentException e) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "malformed period " + text);
		}
	}

	List<String> labels(String area) {
		return all(area).stream().map(Period::toString).toList();
	}
}
