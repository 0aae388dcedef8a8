package vn.ntm.reporting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ntm.geography.Geography;
import vn.ntm.geography.UnitLevel;
import vn.ntm.reporting.Obligation;
import vn.ntm.reporting.Obligation.ReporterKind;
import vn.ntm.reporting.ReportingProperties;
import vn.ntm.reporting.Timeliness;
import vn.ntm.reporting.document.VietnameseFormat;
import vn.ntm.reporting.internal.ReporterDirectory.Recipient;
import vn.ntm.reporting.rules.ReportingCalendar;

/**
 * Reminds the responsible users of a report that is due soon ({@code reminder-days-before} days before its last
 * on-time day, until it is submitted) and of a report that was missed (from the day after, for a week), by email when
 * the user has an address and mail is configured, and always by an in-app notice. Each reminder is recorded, and
 * the record's unique key is what guarantees it goes out once.
 */
@Component
class Reminders {

	private static final Logger log = LoggerFactory.getLogger(Reminders.class);
	private static final int MISSED_WINDOW_DAYS = 7;

	enum Kind { DUE_SOON, MISSED }

	private final ReporterDirectory directory;
	private final ReportTimeliness timeliness;
	private final Geography geography;
	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final ObjectProvider<JavaMailSender> mail;
	private final ReportingProperties properties;
	private final ReportingCalendar calendar;
	private final ReportingCalendars calendars;
	private final Clock clock;

	Reminders(ReporterDirectory directory, ReportTimeliness timeliness, Geography geography, JdbcClient jdbc,
			TransactionTemplate transactions, ObjectProvider<JavaMailSender> mail, ReportingProperties properties,
			ReportingCalendar calendar, Clock clock) {
		this.calendars = new ReportingCalendars(properties);
		this.directory = directory;
		this.timeliness = timeliness;
		this.geography = geography;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.mail = mail;
		this.properties = properties;
		this.calendar = calendar;
		this.clock = clock;
	}

	/** Sends today's reminders in every province with reporters; returns how many users were reminded. */
	int sendDue() {
		LocalDate today = calendar.localDay(clock.instant());
		int sent = 0;
		for (var province : geography.units(null, UnitLevel.PROVINCE, today)) {
			sent += sendDue(province.code(), today);
		}
		return sent;
	}

	int sendDue(String provinceCode, LocalDate today) {
		YearMonth dueMonth = YearMonth.from(today);
		List<YearMonth> candidates = new ArrayList<>();
		for (int back = 0; back <= 2; back++) {
			candidates.add(calendars.forProvince(provinceCode).reportedMonthDueIn(dueMonth.minusMonths(back)));
		}
		int sent = 0;
		for (YearMonth month : candidates) {
			List<Reporter> reporters = directory.reporters(provinceCode, month);
			for (Timeliness t : timeliness.of(provinceCode, reporters, month)) {
				Kind kind = kindOn(t, today);
				if (kind == null) {
					continue;
				}
				Reporter reporter = reporters.stream()
					.filter(r -> r.code().equals(t.obligation().reporterCode()))
					.findFirst()
					.orElseThrow();
				for (Recipient recipient : directory.responsibleUsers(reporter)) {
					if (remind(t.obligation(), kind, recipient)) {
						sent++;
					}
				}
			}
		}
		return sent;
	}

	private Kind kindOn(Timeliness t, LocalDate today) {
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

	private boolean remind(Obligation o, Kind kind, Recipient recipient) {
		try {
			return Boolean.TRUE.equals(transactions.execute(status -> {
				JavaMailSender sender = mail.getIfAvailable();
				String email = sender != null && recipient.email() != null && !recipient.email().isBlank()
						? recipient.email() : null;
				var now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
				jdbc.sql("""
						INSERT INTO reporting_reminder_sent (province_code, reporter_code, report_month, kind, username,
						    email, sent_at)
						VALUES (:province, :reporter, :month, :kind, :user, :email, :at)""")
					.param("province", o.provinceCode()).param("reporter", o.reporterCode())
					.param("month", o.month().toString()).param("kind", kind.name())
					.param("user", recipient.username()).param("email", email).param("at", now)
					.update();
				String subject = subject(o, kind);
				jdbc.sql("""
						INSERT INTO reporting_notice (username, message, link, created_at)
						VALUES (:user, :message, :link, :at)""")
					.param("user", recipient.username()).param("message", subject)
					.param("link", "/reporting/submissions?unit=" + o.provinceCode() + "&reporter=" + o.reporterCode() + "&month=" + o.month())
					.param("at", now)
					.update();
				if (email != null) {
					SimpleMailMessage message = new SimpleMailMessage();
					message.setFrom(properties.mailFrom());
					message.setTo(email);
					message.setSubject(subject);
					message.setText(body(o, kind, recipient));
					sender.send(message);
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

	static String subject(Obligation o, Kind kind) {
		String what = o.reporterKind() == ReporterKind.COORDINATION_OFFICE ? "báo cáo tổng hợp" : "báo cáo";
		String month = "tháng " + o.month().getMonthValue() + "/" + o.month().getYear();
		return switch (kind) {
			case DUE_SOON -> "Nhắc hạn " + what + " NTM " + month + ": hạn cuối "
					+ VietnameseFormat.date(o.lastOnTimeDay());
			case MISSED -> "Quá hạn " + what + " NTM " + month + " (hạn cuối "
					+ VietnameseFormat.date(o.lastOnTimeDay()) + ")";
		};
	}

	private static String body(Obligation o, Kind kind, Recipient r) {
		return "Kính gửi " + r.displayName() + ",\n\n" + o.reporterName() + " "
				+ (kind == Kind.DUE_SOON ? "chưa gửi " : "chưa gửi, đã quá hạn, ")
				+ (o.quarterEnd() ? "báo cáo tháng (kèm nội dung quý) " : "báo cáo tháng ") + o.month().getMonthValue()
				+ "/" + o.month().getYear() + " về kết quả thực hiện Chương trình MTQG xây dựng nông thôn mới.\n"
				+ "Hạn cuối: hết ngày " + VietnameseFormat.date(o.lastOnTimeDay()) + " (giờ Việt Nam).\n\n"
				+ "Hệ thống theo dõi NTM";
	}
}
