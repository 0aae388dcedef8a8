package vn.ntm.tasks.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param reminderDaysBefore a reminder goes to the owner this many days before the deadline (and on the day)
 * @param escalateWithinDays an overdue task escalates once, if its deadline passed at most this many days ago (an old
 *                           task put in late does not flood the office)
 * @param mailFrom           the sender of the reminders' emails
 */
@ConfigurationProperties(prefix = "ntm.tasks")
public record TasksProperties(@DefaultValue("3") int reminderDaysBefore, @DefaultValue("60") int escalateWithinDays,
		@DefaultValue("ntm-monitor@localhost") String mailFrom) {
}
