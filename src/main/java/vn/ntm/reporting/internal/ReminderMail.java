package vn.ntm.reporting.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import vn.ntm.reporting.Obligation;
import vn.ntm.reporting.Obligation.ReporterKind;
import vn.ntm.reporting.ReportingProperties;
import vn.ntm.reporting.document.VietnameseFormat;
import vn.ntm.reporting.internal.ReporterDirectory.Recipient;
import vn.ntm.reporting.internal.Reminders.Kind;
import vn.ntm.shared.platform.Messages;

/**
 * The words of a reminder (the subject, which is also the in-app notice, and the email's body) and its sending by
 * email when mail is configured. Reminders go out from the scheduler, outside any request: in Vietnamese.
 */
@Component
class ReminderMail {

	private final ObjectProvider<JavaMailSender> mail;
	private final ReportingProperties properties;
	private final Messages messages;

	ReminderMail(ObjectProvider<JavaMailSender> mail, ReportingProperties properties, Messages messages) {
		this.mail = mail;
		this.properties = properties;
		this.messages = messages;
	}

	/** The address to send the reminder to; null when mail is not configured or the user has no address. */
	String addressOf(Recipient recipient) {
		return mail.getIfAvailable() != null && recipient.email() != null && !recipient.email().isBlank()
				? recipient.email() : null;
	}

	String subject(Obligation o, Kind kind) {
		String what = messages.get(o.reporterKind() == ReporterKind.COORDINATION_OFFICE
				? "reporting.reminder.consolidated" : "reporting.reminder.report");
		return messages.get("reporting.reminder.subject." + kind.name(), what,
				String.valueOf(o.month().getMonthValue()), String.valueOf(o.month().getYear()),
				VietnameseFormat.date(o.lastOnTimeDay()));
	}

	void send(String email, Obligation o, Kind kind, Recipient recipient) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(properties.mailFrom());
		message.setTo(email);
		message.setSubject(subject(o, kind));
		message.setText(body(o, kind, recipient));
		mail.getObject().send(message);
	}

	private String body(Obligation o, Kind kind, Recipient r) {
		return messages.get("reporting.reminder.body", r.displayName(), o.reporterName(),
				messages.get("reporting.reminder.not-sent." + kind.name()),
				messages.get(o.quarterEnd() ? "reporting.reminder.monthly.quarter-end" : "reporting.reminder.monthly"),
				String.valueOf(o.month().getMonthValue()), String.valueOf(o.month().getYear()),
				VietnameseFormat.date(o.lastOnTimeDay()));
	}
}
