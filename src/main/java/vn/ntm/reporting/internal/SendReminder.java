package vn.ntm.reporting.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ntm.reporting.Obligation;
import vn.ntm.reporting.internal.ReporterDirectory.Recipient;
import vn.ntm.reporting.internal.Reminders.Kind;

/**
 * One reminder to one user, in one transaction: the record whose unique key makes it go out once, the in-app notice
 * and the email. A failed email rolls the record back, so the next run tries again.
 */
@Component
class SendReminder {

	private static final Logger log = LoggerFactory.getLogger(SendReminder.class);

	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final ReminderMail mail;
	private final Clock clock;

	SendReminder(JdbcClient jdbc, TransactionTemplate transactions, ReminderMail mail, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.mail = mail;
		this.clock = clock;
	}

	/** Whether the reminder went out now (false: sent before, or failed and left for the next run). */
	boolean remind(Obligation o, Kind kind, Recipient recipient) {
		try {
			return Boolean.TRUE.equals(transactions.execute(status -> {
				String email = mail.addressOf(recipient);
				var now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
				jdbc.sql("""
						INSERT INTO reporting_reminder_sent (province_code, reporter_code, report_month, kind, username,
						    email, sent_at)
						VALUES (:province, :reporter, :month, :kind, :user, :email, :at)""")
					.param("province", o.provinceCode()).param("reporter", o.reporterCode())
					.param("month", o.month().toString()).param("kind", kind.name())
					.param("user", recipient.username()).param("email", email).param("at", now)
					.update();
				jdbc.sql("""
						INSERT INTO reporting_notice (username, message, link, created_at)
						VALUES (:user, :message, :link, :at)""")
					.param("user", recipient.username()).param("message", mail.subject(o, kind))
					.param("link", "/reporting/submissions?unit=" + o.provinceCode() + "&reporter=" + o.reporterCode() + "&month=" + o.month())
					.param("at", now)
					.update();
				if (email != null) {
					mail.send(email, o, kind, recipient);
				}
				return true;
			}));
		}
		catch (DuplicateKeyException alreadySent) {
			return false;
		}
		catch (RuntimeException e) {
			// the row was rolled back with the failed email: the next run tries again
			log.warn("reminder {} {} {} to {} failed: {}", kind, o.reporterCode(), o.month(), recipient.username(),
					e.toString());
			return false;
		}
	}
}
