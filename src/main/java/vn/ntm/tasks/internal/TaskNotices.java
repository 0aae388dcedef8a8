package vn.ntm.tasks.internal;

import static vn.ntm.shared.VietnameseFormat.date;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ntm.identity.Directory.Person;
import vn.ntm.shared.Notice;
import vn.ntm.shared.platform.Messages;
import vn.ntm.tasks.Task;

/**
 * One reminder or escalation to one person, once, in one transaction: the record whose key makes it go out once,
 * the in-app notice and the email (when mail is configured and the person gave an address). A failed email rolls the
 * record back, so the next run tries again. Sent from the scheduler, so in Vietnamese.
 */
@Component
class TaskNotices {

	enum Kind {
		REMINDER, ESCALATION
	}

	private static final Logger log = LoggerFactory.getLogger(TaskNotices.class);

	private final TaskStore store;
	private final TransactionTemplate transactions;
	private final ApplicationEventPublisher events;
	private final ObjectProvider<JavaMailSender> mail;
	private final Messages messages;
	private final TasksProperties properties;

	TaskNotices(TaskStore store, TransactionTemplate transactions, ApplicationEventPublisher events,
			ObjectProvider<JavaMailSender> mail, Messages messages, TasksProperties properties) {
		this.store = store;
		this.transactions = transactions;
		this.events = events;
		this.mail = mail;
		this.messages = messages;
		this.properties = properties;
	}

	/** Whether it went out now (false: sent before, or the email failed and it is left for the next run). */
	boolean send(Task task, Kind kind, Person person, java.time.Instant at) {
		try {
			return Boolean.TRUE.equals(transactions.execute(status -> {
				JavaMailSender sender = mail.getIfAvailable();
				String email = sender != null && person.email() != null && !person.email().isBlank() ? person.email()
						: null;
				if (!store.markSent(task.id(), kind.name(), person.username(), email, at)) {
					return false;
				}
				String subject = messages.vietnamese("tasks.notice." + kind.name(), task.title(), date(task.deadline()));
				events.publishEvent(new Notice(person.username(), subject, "/tasks/" + task.id()));
				if (email != null) {
					SimpleMailMessage message = new SimpleMailMessage();
					message.setFrom(properties.mailFrom());
					message.setTo(email);
					message.setSubject(subject);
					message.setText(messages.vietnamese("tasks.notice.body", person.displayName(), task.title(),
							task.ownerName(), date(task.deadline()), "/tasks/" + task.id()));
					sender.send(message);
				}
				return true;
			}));
		}
		catch (RuntimeException e) {
			log.warn("{} of task {} to {} not sent, will retry: {}", kind, task.id(), person.username(), e.toString());
			return false;
		}
	}
}
