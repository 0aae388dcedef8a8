/**
 * The directives' tasks (nhiệm vụ) followed to their deadline: an owner organization (and a person once assigned),
 * the units in support, a deadline, a status with evidence, updates, the directive it comes from; a recurring duty
 * ("trước ngày 20 hằng tháng") as a series of occurrences. Overdue is read from the deadline and the Vietnam date;
 * reminders before the deadline and an escalation after it go out once each.
 */
@org.springframework.modulith.ApplicationModule(displayName = "tasks")
package vn.ntm.tasks;
