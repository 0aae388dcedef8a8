package vn.ntm.tasks.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.ntm.tasks.Task;

/**
 * Every morning (Vietnam time): a reminder to the owners of each undone task due within the next days, and an
 * escalation to the owners and the coordination office for each task past its deadline; each goes out once per person.
 * Several instances may run it: the "sent" record's key keeps one notice per person.
 */
@Component
public class TaskReminders {

	private static final Logger log = LoggerFactory.getLogger(TaskReminders.class);

	private final TaskStore store;
	private final TaskRecipients recipients;
	private final TaskNotices notices;
	private final TasksProperties properties;
	private final Clock clock;

	TaskReminders(TaskStore store, TaskRecipients recipients, TaskNotices notices, TasksProperties properties,
			Clock clock) {
		this.store = store;
		this.recipients = recipients;
		this.notices = notices;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(cron = "${ntm.tasks.reminder-cron:0 30 7 * * *}", zone = "Asia/Ho_Chi_Minh")
	void daily() {
		int sent = run();
		if (sent > 0) {
			log.info("Sent {} task reminders and escalations", sent);
		}
	}

	/** Sends what is due today; returns how many notices went out. */
	public int run() {
		LocalDate today = LocalDate.now(clock);
		int sent = 0;
		for (Task t : store.undoneDueBetween(today, today.plusDays(properties.reminderDaysBefore())).stream()
			.map(recipients::named).toList()) {
			for (var person : recipients.owners(t)) {
				sent += notices.send(t, TaskNotices.Kind.REMINDER, person, clock.instant()) ? 1 : 0;
			}
		}
		for (Task t : store.undoneDueBetween(today.minusDays(properties.escalateWithinDays()), today.minusDays(1))
			.stream().map(recipients::named).toList()) {
			for (var person : recipients.escalation(t)) {
				sent += notices.send(t, TaskNotices.Kind.ESCALATION, person, clock.instant()) ? 1 : 0;
			}
		}
		return sent;
	}
}
