package vn.ntm.reporting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.ntm.geography.Geography;
import vn.ntm.geography.UnitLevel;
import vn.ntm.reporting.ReportingProperties;
import vn.ntm.reporting.Timeliness;
import vn.ntm.reporting.internal.ReporterDirectory.Recipient;
import vn.ntm.reporting.rules.ReportingCalendar;

/**
 * Reminds the responsible users of a report that is due soon ({@code reminder-days-before} days before its last
 * on-time day, until it is submitted) and of a report that was missed (from the day after, for a week), by email when
 * the user has an address and mail is configured, and always by an in-app notice ({@link SendReminder}). Each
 * reminder is recorded, and the record's unique key is what guarantees it goes out once.
 */
@Component
class Reminders {

	private static final int MISSED_WINDOW_DAYS = 7;

	enum Kind { DUE_SOON, MISSED }

	private final ReporterDirectory directory;
	private final ReportTimeliness timeliness;
	private final Geography geography;
	private final SendReminder sending;
	private final ReportingProperties properties;
	private final ReportingCalendars calendars;
	private final Clock clock;

	Reminders(ReporterDirectory directory, ReportTimeliness timeliness, Geography geography, SendReminder sending,
			ReportingProperties properties, Clock clock) {
		this.calendars = new ReportingCalendars(properties);
		this.directory = directory;
		this.timeliness = timeliness;
		this.geography = geography;
		this.sending = sending;
		this.properties = properties;
		this.clock = clock;
	}

	/** Sends today's reminders in every province with reporters; returns how many users were reminded. */
	int sendDue() {
		LocalDate today = LocalDate.ofInstant(clock.instant(), properties.zone());
		int sent = 0;
		for (var province : geography.units(null, UnitLevel.PROVINCE, today)) {
			sent += sendDue(province.code(), today);
		}
		return sent;
	}

	int sendDue(String provinceCode, LocalDate today) {
		ReportingCalendar calendar = calendars.forProvince(provinceCode);
		YearMonth dueMonth = YearMonth.from(today);
		List<YearMonth> candidates = new ArrayList<>();
		for (int back = 0; back <= 2; back++) {
			candidates.add(calendar.reportedMonthDueIn(dueMonth.minusMonths(back)));
		}
		int sent = 0;
		for (YearMonth month : candidates) {
			List<Reporter> reporters = directory.reporters(provinceCode, month);
			for (Timeliness t : timeliness.of(provinceCode, reporters, month)) {
				Kind kind = kindOn(calendar, t, today);
				if (kind == null) {
					continue;
				}
				Reporter reporter = reporters.stream()
					.filter(r -> r.code().equals(t.obligation().reporterCode()))
					.findFirst()
					.orElseThrow();
				for (Recipient recipient : directory.responsibleUsers(reporter)) {
					if (sending.remind(t.obligation(), kind, recipient)) {
						sent++;
					}
				}
			}
		}
		return sent;
	}

	private Kind kindOn(ReportingCalendar calendar, Timeliness t, LocalDate today) {
		LocalDate last = t.obligation().lastOnTimeDay();
		if (t.status() == Timeliness.Status.PENDING) {
			LocalDate from = calendar.reminderDay(last, properties.reminderDaysBefore());
			return !today.isBefore(from) && !today.isAfter(last) ? Kind.DUE_SOON : null;
		}
		if (t.status() == Timeliness.Status.MISSING) {
			LocalDate from = calendar.overdueNoticeDay(last);
			return !today.isBefore(from) && today.isBefore(from.plusDays(MISSED_WINDOW_DAYS)) ? Kind.MISSED : null;
		}
		return null;
	}
}
