package vn.ntm.reporting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The reporting regime of the province, {@code ntm.reporting.*}.
 *
 * <p>"Báo cáo trước ngày 15 hằng tháng" is read strictly: with {@code due-day: 15} and {@code due-inclusive: false}
 * a report is on time when it arrives by 23:59:59 on the 14th (Asia/Ho_Chi_Minh); set {@code due-inclusive: true}
 * for "by the end of the 15th". The report of month M is due in month M + {@code due-month-offset} (1: the March
 * report is due before 15 April, the consolidated March report before 20 April). The wording left unset (the document
 * symbol, the office, the recipients, the signer's title, the basis of the two-tier regime) is the reporting bundle's
 * ({@code reporting.document.*}, {@code reporting.regime.districts-basis}).
 *
 * @param zone                  the time zone of every due date
 * @param dueDay                the day of the month named in the directive for reporters (15)
 * @param dueInclusive          whether the named day itself is still on time
 * @param consolidationDueDay   the day named for the coordination office's consolidated report (20)
 * @param dueMonthOffset        months between the reported month and the month it is due in
 * @param reminderDaysBefore    days before the last on-time day on which reminders go out
 * @param attachmentMaxBytes    the size cap of one attachment
 * @param coordinationOffice    the code of the coordination office (organization module)
 * @param documentNumberSuffix  the document symbol of consolidated reports, e.g. {@code BC-VPĐP}
 * @param issuingOffice         the issuing body's second line, under "UBND TỈNH …"
 * @param recipients            the "Nơi nhận" list of the consolidated report
 * @param signerTitle           the signature block's title
 * @param signerName            the signature block's name (empty: left for the signer)
 * @param reminderCron          when the reminder job runs
 * @param mailFrom              the sender of reminder emails
 * @param districtsReportUntil  the last day of the three-tier local government: district committees owe reports for
 *                              months ending by then, the communes' People's Committees for the months after
 * @param districtsReportBasis  the document that ended the district tier, shown beside the obligations
 * @param provinces             a province's own due rules, by province code, where its directive differs; unset
 *                              fields take the values above
 */
@ConfigurationProperties("ntm.reporting")
public record ReportingProperties(@DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone, @DefaultValue("15") int dueDay,
		@DefaultValue("false") boolean dueInclusive, @DefaultValue("20") int consolidationDueDay,
		@DefaultValue("1") int dueMonthOffset, @DefaultValue("3") int reminderDaysBefore,
		@DefaultValue("10485760") long attachmentMaxBytes, @DefaultValue("vpdp") String coordinationOffice,
		String documentNumberSuffix, String issuingOffice, List<String> recipients, String signerTitle,
		@DefaultValue("") String signerName,
		@DefaultValue("0 0 7 * * *") String reminderCron, @DefaultValue("ntm-monitor@localhost") String mailFrom,
		@DefaultValue("2025-06-30") LocalDate districtsReportUntil, String districtsReportBasis,
		java.util.Map<String, ProvinceRegime> provinces) {

	public ReportingProperties {
		provinces = provinces == null ? java.util.Map.of() : java.util.Map.copyOf(provinces);
	}

	/** A province's own due rules ({@code ntm.reporting.provinces.<code>.*}); null fields keep the defaults. */
	public record ProvinceRegime(Integer dueDay, Boolean dueInclusive, Integer consolidationDueDay,
			Integer dueMonthOffset, LocalDate districtsReportUntil, String districtsReportBasis) {
	}

	/** Whether district committees (true) or the communes' People's Committees (false) report for {@code month}. */
	public boolean districtsReport(String provinceCode, java.time.YearMonth month) {
		ProvinceRegime own = provinces.get(provinceCode);
		LocalDate until = own != null && own.districtsReportUntil() != null ? own.districtsReportUntil()
				: districtsReportUntil;
		return until == null || !month.atEndOfMonth().isAfter(until);
	}

	/** The document {@link #districtsReport} follows in the province; null: the bundle's (the 2025 law). */
	public String districtsReportBasis(String provinceCode) {
		ProvinceRegime own = provinces.get(provinceCode);
		return own != null && own.districtsReportBasis() != null ? own.districtsReportBasis() : districtsReportBasis;
	}
}
