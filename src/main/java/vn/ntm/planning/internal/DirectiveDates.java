package vn.ntm.planning.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.ntm.planning.DirectiveReading.Recurrence;
import vn.ntm.planning.DirectiveReading.Recurrence.Frequency;

/**
 * The dates of a directive, read on the {@link DirectiveText#shadow}: "ngày 15 tháng 3 năm 2022" and "30/6/2024";
 * a deadline ("hoàn thành trước ngày …", "chậm nhất ngày …") and a regime ("trước ngày 20 hằng tháng").
 */
final class DirectiveDates {

	private static final String DAY = "(\\d{1,2})";
	/** "15 tháng 3 năm 2022" or "15/3/2022" (also with dots or dashes). */
	private static final String DATE = DAY + "\\s*(?:thang\\s*(\\d{1,2})\\s*nam\\s*|[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*)(\\d{4})";
	private static final Pattern DATED = Pattern.compile("\\bngay\\s*" + DATE);
	private static final Pattern DEADLINE = Pattern.compile(
			"\\b(?:truoc|cham nhat(?:\\s+la)?|han chot|han|den het|trong)\\s+(?:ngay\\s*)?" + DATE);
	private static final Pattern MONTHLY = Pattern.compile("\\bngay\\s*" + DAY + "\\s+(?:hang|moi)\\s+thang\\b");
	private static final Pattern YEARLY = Pattern.compile(
			"\\bngay\\s*" + DAY + "\\s*(?:thang\\s*|/\\s*)(\\d{1,2})\\s+(?:hang|moi)\\s+nam\\b");
	private static final Pattern QUARTERLY = Pattern.compile(
			"(?:\\bngay\\s*" + DAY + "\\s+(?:cua\\s+)?(?:thang cuoi\\s+)?)?(?:hang|moi)\\s+quy\\b|\\bdinh ky\\s+quy\\b");
	private static final Pattern HALF_YEARLY = Pattern.compile("\\b(?:dinh ky\\s+)?6 thang (?:mot|1) lan\\b");
	private static final Pattern REGIME = Pattern.compile("\\bdinh ky\\s+(?:hang\\s+)?(thang|nam)\\b");

	private DirectiveDates() {
	}

	/** The first date of the text: the date line of a document. */
	static Optional<LocalDate> dated(String shadow) {
		Matcher m = DATED.matcher(shadow);
		return m.find() ? date(m, 1) : Optional.empty();
	}

	/** The date a task is due by, when the text states one. */
	static Optional<LocalDate> deadline(String shadow) {
		Matcher m = DEADLINE.matcher(shadow);
		while (m.find()) {
			Optional<LocalDate> date = date(m, 1);
			if (date.isPresent()) {
				return date;
			}
		}
		return Optional.empty();
	}

	/** The regime of a recurring task, or empty for a one-off. */
	static Optional<Recurrence> recurrence(String shadow) {
		Matcher m = MONTHLY.matcher(shadow);
		if (m.find()) {
			return Optional.of(new Recurrence(Frequency.MONTHLY, Integer.valueOf(m.group(1)), null));
		}
		m = YEARLY.matcher(shadow);
		if (m.find()) {
			return Optional.of(new Recurrence(Frequency.YEARLY, Integer.valueOf(m.group(1)), Integer.valueOf(m.group(2))));
		}
		m = QUARTERLY.matcher(shadow);
		if (m.find()) {
			return Optional.of(new Recurrence(Frequency.QUARTERLY, m.group(1) == null ? null : Integer.valueOf(m.group(1)),
					null));
		}
		if (HALF_YEARLY.matcher(shadow).find()) {
			return Optional.of(new Recurrence(Frequency.HALF_YEARLY, null, null));
		}
		m = REGIME.matcher(shadow);
		if (m.find()) {
			return Optional.of(new Recurrence(m.group(1).equals("nam") ? Frequency.YEARLY : Frequency.MONTHLY, null, null));
		}
		return Optional.empty();
	}

	/** The date of groups {@code first} (day), the month in words or in digits, and the year. */
	private static Optional<LocalDate> date(Matcher m, int first) {
		String month = m.group(first + 1) != null ? m.group(first + 1) : m.group(first + 2);
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(m.group(first + 3)), Integer.parseInt(month),
					Integer.parseInt(m.group(first))));
		}
		catch (DateTimeException e) {
			return Optional.empty();
		}
	}
}
