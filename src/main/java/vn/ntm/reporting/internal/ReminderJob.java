package vn.ntm.reporting.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the reminders every morning, once per cluster. */
@Component
class ReminderJob {

	private final Reminders reminders;

	ReminderJob(Reminders reminders) {
		this.reminders = reminders;
	}

	@Scheduled(cron = "${ntm.reporting.reminder-cron:0 0 7 * * *}", zone = "${ntm.reporting.zone:Asia/Ho_Chi_Minh}")
	@SchedulerLock(name = "reporting-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	void run() {
		reminders.sendDue();
	}
}
