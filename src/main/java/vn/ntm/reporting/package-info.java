/**
 * The reporting regime: obligations, due dates in Asia/Ho_Chi_Minh, submissions and their timeliness, reminders, and the
 * coordination office's consolidated monthly report.
 */
@org.springframework.modulith.ApplicationModule(displayName = "reporting")
package vn.ntm.reporting;
